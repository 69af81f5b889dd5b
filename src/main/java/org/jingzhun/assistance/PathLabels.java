package org.jingzhun.assistance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The seven paths' names as the forms show them (the forms are in Chinese; the product localises later). */
@Component
public class PathLabels {

    static final Locale FORMS = Locale.SIMPLIFIED_CHINESE;

    static final String SEPARATOR = "、";

    private final MessageSource messages;

    PathLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(Path path) {
        return messages.getMessage("path." + path.name(), null, FORMS);
    }

    /** "产业扶贫、就业扶贫、健康扶贫", or a "none" text so the form never shows an empty line. */
    public String joined(List<Path> paths) {
        if (paths.isEmpty()) {
            return messages.getMessage("path.none", null, FORMS);
        }
        return paths.stream().map(this::label).collect(Collectors.joining(SEPARATOR));
    }

}
