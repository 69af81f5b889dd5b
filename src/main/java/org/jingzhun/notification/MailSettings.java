package org.jingzhun.notification;

/**
 * A user's mail settings as the settings page shows them: the address from the identity (null when none), the
 * language, the digest choice, and whether the digest applies to them at all (township and county staff).
 */
public record MailSettings(String email, MailLanguage language, boolean digest, boolean digestOffered) {
}
