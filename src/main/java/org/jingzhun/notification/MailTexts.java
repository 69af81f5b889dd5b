package org.jingzhun.notification;

import java.util.List;
import java.util.Locale;

import org.jingzhun.system.Formats;
import org.springframework.context.MessageSource;

/**
 * Texts and formats in one reader's language, for the templates ({@code ${texts.step(t.key, t.name)}},
 * {@code ${texts.date(t.due)}}) and for subjects.
 */
public record MailTexts(MessageSource messages, Formats formats, Locale locale) {

    /** The step's name in the reader's language; the model's own name for a step we have no text for. */
    public String step(String taskKey, String fallback) {
        return messages.getMessage("step." + taskKey, null, fallback == null ? taskKey : fallback, locale);
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A list as the language writes one: 甲、乙 / A, B. */
    public String join(List<String> items) {
        return String.join(chinese() ? "、" : ", ", items);
    }

    /** Between a label and its value in a plain-text mail: 事项：入户调查 / Step: Household survey. */
    public String colon() {
        return chinese() ? "：" : ": ";
    }

    private boolean chinese() {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    }

    public String date(Object value) {
        return formats.date(value, locale);
    }

    public String dateTime(Object value) {
        return formats.dateTime(value, locale);
    }

}
