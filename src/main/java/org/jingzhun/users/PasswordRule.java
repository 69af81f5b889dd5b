package org.jingzhun.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jingzhun.system.Violation;

/**
 * Strength of a password an administrator sets: long enough, letters and digits, not the user id. There is no default
 * password anywhere outside the demo profile (design.md principle 6), so the administrator always types one.
 */
final class PasswordRule {

    static final int MIN_LENGTH = 10;

    static final int MAX_LENGTH = 128;

    private PasswordRule() {
    }

    static List<Violation> check(String field, String password, String userId) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.isBlank()) {
            violations.add(new Violation(field, "validation.password.required"));
            return violations;
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH || !letter || !digit) {
            violations.add(new Violation(field, "validation.password.weak", MIN_LENGTH));
        }
        else if (userId != null && !userId.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT))) {
            violations.add(new Violation(field, "validation.password.containsId"));
        }
        return violations;
    }

}
