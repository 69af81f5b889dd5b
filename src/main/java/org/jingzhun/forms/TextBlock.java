package org.jingzhun.forms;

import java.util.List;

/**
 * A block of a text component: a heading (level 2 to 6), a paragraph whose lines are separated by line breaks, or a
 * bulleted list whose lines are its items.
 */
public record TextBlock(Kind kind, int level, List<List<TextSpan>> lines) {

    public enum Kind { HEADING, PARAGRAPH, LIST }

    public TextBlock {
        lines = List.copyOf(lines);
    }
}
