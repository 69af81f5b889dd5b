package org.jingzhun.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.jingzhun.demo.DemoAreas;
import org.jingzhun.demo.DemoUsers;
import org.springframework.stereotype.Component;

/**
 * Demo users that can sign in with {@link #PASSWORD}. {@code DemoUsers.ensure} keeps a user that exists already, and
 * tests share application contexts (some create "cadre" without a password), so tests that sign in call
 * {@link #signInable(String...)} for the users they sign in as.
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "test-only";

    private final DemoAreas areas;

    private final DemoUsers users;

    private final IdentityService identityService;

    TestUsers(DemoAreas areas, DemoUsers users, IdentityService identityService) {
        this.areas = areas;
        this.users = users;
        this.identityService = identityService;
    }

    /** The demo areas and users, and for each user named: password {@link #PASSWORD}, no login throttling. */
    public void signInable(String... userIds) {
        areas.ensure();
        users.ensure(PASSWORD);
        for (String userId : userIds) {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.unlockUser(userId);
        }
    }

}
