package org.jingzhun.forms;

/** One static choice of a select, radio group or checklist. */
public record FormOption(String label, String value) {
}
