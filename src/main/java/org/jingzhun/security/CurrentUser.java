package org.jingzhun.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user's scope, from the authorities our login put on the session (no engine query per request). */
@Component
public class CurrentUser {

    public UserScope scope() {
        return scope(SecurityContextHolder.getContext().getAuthentication());
    }

    public static UserScope scope(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return UserScope.of("anonymous", List.of());
        }
        List<String> groups = authentication.getAuthorities()
            .stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("GROUP_"))
            .map(a -> a.substring("GROUP_".length()))
            .toList();
        return UserScope.of(authentication.getName(), groups);
    }

}
