package org.jingzhun.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.jingzhun.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** BCrypt for new passwords; Camunda's SHA-512 hashes still sign in and are upgraded then. */
@IntegrationTest
class PasswordHashingTest {

    static final String PASSWORD = "旧密码-old-password";

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void newUserGetsABcryptHash() {
        String userId = user("fresh");

        assertThat(storedHash(userId)).startsWith("{BCRYPT}$2a$");
        assertThat(identityService.checkPassword(userId, PASSWORD)).isTrue();
    }

    @Test
    void loginWithAHashFromCamundasDefaultEncryptorSucceedsAndUpgradesItToBcrypt() throws Exception {
        String userId = user("legacy");
        storeCamundaSha512Hash(userId, PASSWORD);
        assertThat(storedHash(userId)).startsWith("{SHA-512}");

        mvc.perform(formLogin().user(userId).password(PASSWORD)).andExpect(authenticated());

        assertThat(storedHash(userId)).startsWith("{BCRYPT}$2a$");
        mvc.perform(formLogin().user(userId).password(PASSWORD)).andExpect(authenticated());
        mvc.perform(formLogin().user(userId).password("wrong")).andExpect(unauthenticated());
    }

    @Test
    void failedLoginLeavesTheOldHashAlone() throws Exception {
        String userId = user("legacy-failed");
        String sha512 = storeCamundaSha512Hash(userId, PASSWORD);

        mvc.perform(formLogin().user(userId).password("wrong")).andExpect(unauthenticated());

        assertThat(storedHash(userId)).isEqualTo(sha512);
    }

    @Test
    void hashOfALowerCostNeedsUpgradeAsDoesAnyOtherAlgorithm() {
        BCryptPasswordEncryptor cheap = new BCryptPasswordEncryptor(4);
        BCryptPasswordEncryptor production = new BCryptPasswordEncryptor(12);
        String cheapHash = BCryptPasswordEncryptor.PREFIX + cheap.encrypt("secret" + "salt");

        assertThat(production.needsUpgrade(cheapHash)).isTrue();
        assertThat(cheap.needsUpgrade(cheapHash)).isFalse();
        assertThat(cheap.needsUpgrade("{SHA-512}abc")).isTrue();
        assertThat(cheap.needsUpgrade(null)).isTrue();
    }

    @Test
    void everyCharacterOfALongChinesePasswordCounts() {
        BCryptPasswordEncryptor encryptor = new BCryptPasswordEncryptor(4);
        String salt = "MTIzNDU2Nzg5MDEyMzQ1Ng==";
        String longPassword = "精准扶贫".repeat(10);
        String hash = encryptor.encrypt(longPassword + "甲" + salt);

        assertThat(encryptor.check(longPassword + "甲" + salt, hash)).isTrue();
        assertThat(encryptor.check(longPassword + "乙" + salt, hash)).isFalse();
    }

    private String user(String prefix) {
        String userId = prefix + "-" + System.nanoTime();
        User user = identityService.newUser(userId);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        return userId;
    }

    /** What Camunda's own encryptor (the default before our plugin) stores: {SHA-512} + Base64(SHA-512(pw + salt)). */
    private String storeCamundaSha512Hash(String userId, String password) {
        String salt = ((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getSalt();
        String hash = "{SHA-512}" + new Sha512HashDigest().encrypt(password + salt);
        jdbc.update("update ACT_ID_USER set PWD_ = ? where ID_ = ?", hash, userId);
        return hash;
    }

    private String storedHash(String userId) {
        return identityService.createUserQuery().userId(userId).singleResult().getPassword();
    }

}
