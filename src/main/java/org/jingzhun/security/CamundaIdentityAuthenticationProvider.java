package org.jingzhun.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against the Camunda identity service: one user store for our pages, the API and the webapps.
 * The engine throttles failed attempts (a growing delay, then a lock an administrator lifts in Camunda Admin); a
 * throttled or locked user gets the same "bad credentials" as a wrong password, so nobody learns which users exist.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(CamundaIdentityAuthenticationProvider.class);

    private final IdentityService identityService;

    private final PasswordHashingPlugin hashing;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, PasswordHashingPlugin hashing) {
        this.identityService = identityService;
        this.hashing = hashing;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || credentials == null || !passwordMatches(userId, credentials.toString())) {
            throw new BadCredentialsException("Bad credentials");
        }
        upgradeHash(userId, credentials.toString());
        return new UsernamePasswordAuthenticationToken(userId, null, authorities(userId));
    }

    private boolean passwordMatches(String userId, String password) {
        try {
            return identityService.checkPassword(userId, password);
        }
        catch (RuntimeException e) {
            // e.g. a user created without a password: the engine fails on the missing hash instead of saying no
            LOG.warn("Password check for user {} failed: {}", userId, e.toString());
            return false;
        }
    }

    /** The one moment we know the plain password: store it again with the current algorithm and cost. */
    private void upgradeHash(String userId, String password) {
        if (identityService.isReadOnly()) {
            return;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null || !hashing.encryptor().needsUpgrade(user.getPassword())) {
            return;
        }
        try {
            user.setPassword(password);
            identityService.saveUser(user);
            LOG.info("Password hash of user {} upgraded to BCrypt", userId);
        }
        catch (ProcessEngineException e) {
            // the login itself succeeded; the next one tries again
            LOG.warn("Could not upgrade the password hash of user {}: {}", userId, e.getMessage());
        }
    }

    List<GrantedAuthority> authorities(String userId) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        List<String> groups = identityService.createGroupQuery()
            .groupMember(userId)
            .list()
            .stream()
            .map(Group::getId)
            .toList();
        groups.forEach(group -> authorities.add(new SimpleGrantedAuthority("GROUP_" + group)));
        UserScope.of(userId, groups)
            .roles()
            .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase())));
        return authorities;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
