package org.jingzhun.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a mail can be written in, stored by their tag. */
public enum MailLanguage {

    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE), EN("en", Locale.ENGLISH);

    public static final MailLanguage DEFAULT = ZH_CN;

    private final String tag;

    private final Locale locale;

    MailLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public static Optional<MailLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

}
