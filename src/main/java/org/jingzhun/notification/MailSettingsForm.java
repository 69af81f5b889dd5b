package org.jingzhun.notification;

/** The settings page's form: the language tag and the digest checkbox (absent when unticked). */
class MailSettingsForm {

    private String language;

    private boolean digest;

    static MailSettingsForm of(MailSettings settings) {
        MailSettingsForm form = new MailSettingsForm();
        form.setLanguage(settings.language().tag());
        form.setDigest(settings.digest());
        return form;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }

}
