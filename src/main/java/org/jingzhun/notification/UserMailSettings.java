package org.jingzhun.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's choices for mail; the address is the identity's, not stored here. */
@Entity
@Table(name = "user_mail_settings")
public class UserMailSettings {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private boolean digest;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserMailSettings() {
    }

    public UserMailSettings(String userId, MailLanguage language, boolean digest, Instant updatedAt) {
        this.userId = userId;
        change(language, digest, updatedAt);
    }

    public final void change(MailLanguage language, boolean digest, Instant updatedAt) {
        this.language = language.tag();
        this.digest = digest;
        this.updatedAt = updatedAt;
    }

    public String getUserId() {
        return userId;
    }

    public MailLanguage getLanguage() {
        return MailLanguage.ofTag(language).orElse(MailLanguage.DEFAULT);
    }

    public boolean isDigest() {
        return digest;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

}
