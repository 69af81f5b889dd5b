package org.jingzhun.notification;

import org.jingzhun.security.UserScope;
import org.springframework.security.access.AccessDeniedException;

/** The outbox and the demo mailbox show every user's mail: administrators only (403 for everyone else). */
final class AdminOnly {

    private AdminOnly() {
    }

    static void require(UserScope scope) {
        if (!scope.isAdmin()) {
            throw new AccessDeniedException("the mail outbox is for administrators");
        }
    }

}
