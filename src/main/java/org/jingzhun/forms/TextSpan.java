package org.jingzhun.forms;

/** A run of plain text; the template escapes it, whatever a variable contained. */
public record TextSpan(String text, boolean strong, boolean emphasis) {
}
