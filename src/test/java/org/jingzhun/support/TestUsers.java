package org.jingzhun.support;

/**
 * The password every test gives {@code DemoUsers.ensure}: ensure keeps the password of a user that exists already,
 * and test classes share application contexts, so they must all agree on it.
 */
public final class TestUsers {

    public static final String PASSWORD = "test-only";

    private TestUsers() {
    }

}
