package org.jingzhun.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * BCrypt for the engine's users, stored as {@code {BCRYPT}$2a$12$…}. The engine hands over the password with the
 * user's Camunda salt appended; BCrypt reads at most 72 bytes (24 of them are that salt, and a Chinese character
 * takes 3), so the input is first reduced to the Base64 of its SHA-256 (44 ASCII bytes, never a NUL byte).
 */
class BCryptPasswordEncryptor implements PasswordEncryptor {

    static final String NAME = "BCRYPT";

    static final String PREFIX = "{" + NAME + "}";

    private final BCryptPasswordEncoder encoder;

    BCryptPasswordEncryptor(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encrypt(String saltedPassword) {
        return encoder.encode(reduce(saltedPassword));
    }

    @Override
    public boolean check(String saltedPassword, String hash) {
        return encoder.matches(reduce(saltedPassword), hash);
    }

    @Override
    public String hashAlgorithmName() {
        return NAME;
    }

    /** Whether a stored hash (with its engine prefix) should be made again: another algorithm or a lower cost. */
    boolean needsUpgrade(String storedHash) {
        return storedHash == null || !storedHash.startsWith(PREFIX)
                || encoder.upgradeEncoding(storedHash.substring(PREFIX.length()));
    }

    static String reduce(String saltedPassword) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(saltedPassword.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

}
