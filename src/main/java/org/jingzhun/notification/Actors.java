package org.jingzhun.notification;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting right now: the engine's authenticated user (set by our completions and /engine-rest), else the
 * signed-in user of the request (a claim from the inbox), else nobody (a timer, a scheduled job).
 */
@Component
class Actors {

    private final IdentityService identityService;

    Actors(IdentityService identityService) {
        this.identityService = identityService;
    }

    String current() {
        var engine = identityService.getCurrentAuthentication();
        if (engine != null && engine.getUserId() != null) {
            return engine.getUserId();
        }
        Authentication web = SecurityContextHolder.getContext().getAuthentication();
        if (web != null && web.isAuthenticated() && !(web instanceof AnonymousAuthenticationToken)) {
            return web.getName();
        }
        return null;
    }

}
