package org.jingzhun.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jingzhun.security.UserScope;
import org.jingzhun.system.Today;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the signed-in user's own mail settings; the address is the identity's and read only here. */
@Service
@Transactional
public class MailSettingsService {

    private final UserMailSettingsRepository settings;

    private final IdentityService identityService;

    private final Recipients recipients;

    private final Today today;

    MailSettingsService(UserMailSettingsRepository settings, IdentityService identityService, Recipients recipients,
            Today today) {
        this.settings = settings;
        this.identityService = identityService;
        this.recipients = recipients;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public MailSettings of(UserScope scope) {
        User user = identityService.createUserQuery().userId(scope.userId()).singleResult();
        String email = user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
        boolean offered = recipients.digestByDefault(scope.groups());
        return settings.findById(scope.userId())
            .map(chosen -> new MailSettings(email, chosen.getLanguage(), chosen.isDigest(), offered))
            .orElseGet(() -> new MailSettings(email, MailLanguage.DEFAULT, offered, offered));
    }

    /** Keeps the digest choice of a user it does not apply to as it was, so a later role finds it unchanged. */
    public void change(UserScope scope, MailLanguage language, boolean digest) {
        MailSettings current = of(scope);
        boolean keptDigest = current.digestOffered() ? digest : current.digest();
        settings.findById(scope.userId())
            .ifPresentOrElse(chosen -> chosen.change(language, keptDigest, today.now()),
                    () -> settings.save(new UserMailSettings(scope.userId(), language, keptDigest, today.now())));
    }

}
