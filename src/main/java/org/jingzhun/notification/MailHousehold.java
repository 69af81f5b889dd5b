package org.jingzhun.notification;

/** The household a mail is about, as the mail names it, with the absolute link to its file. */
public record MailHousehold(Long id, String number, String headName, String villageName, String link) {
}
