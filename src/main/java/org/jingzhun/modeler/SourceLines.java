package org.jingzhun.modeler;

/** Finds the line of an element in the model's text, for messages that name where the problem is. */
final class SourceLines {

    private final String source;

    SourceLines(String source) {
        this.source = source == null ? "" : source;
    }

    /** The line of the element with this id (1-based), 0 when the text does not show it. */
    int of(String id) {
        if (id == null) {
            return 0;
        }
        int at = source.indexOf("id=\"" + id + "\"");
        if (at < 0) {
            at = source.indexOf("\"id\": \"" + id + "\"");
        }
        if (at < 0) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

}
