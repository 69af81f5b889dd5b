package org.jingzhun.notification;

import java.util.Locale;

/** Someone a mail goes to: a user with an address, in the language they chose. */
public record Recipient(String userId, String name, String address, MailLanguage language) {

    public Locale locale() {
        return language.locale();
    }

}
