package org.jingzhun.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;

/**
 * An 18-character resident ID (GB 11643) or a 20-character disability certificate number, which is the holder's
 * resident ID followed by the disability category (1-7) and level (1-4).
 */
public record ResidentId(String number, LocalDate birthDate, Sex sex, IdType type) {

    private static final int RESIDENT_LENGTH = 18;
    private static final int CERTIFICATE_LENGTH = 20;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    // The standard's century digits start at 18; its own sample number is born in 1880.
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);
    private static final DateTimeFormatter BIRTH_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public static ResidentId parse(String raw, LocalDate today) {
        return parse("idNumber", raw, today);
    }

    /** Parses and validates; the violation names {@code field} so a form can show it next to the input. */
    public static ResidentId parse(String field, String raw, LocalDate today) {
        String number = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (number.isEmpty()) {
            throw invalid(field, "validation.idNumber.required", number);
        }
        if (number.length() != RESIDENT_LENGTH && number.length() != CERTIFICATE_LENGTH) {
            throw invalid(field, "validation.idNumber.length", number.length());
        }
        String resident = number.substring(0, RESIDENT_LENGTH);
        if (!wellFormed(resident) || !validCertificateSuffix(number.substring(RESIDENT_LENGTH))) {
            throw invalid(field, "validation.idNumber.format", number);
        }
        if (checkChar(resident) != resident.charAt(RESIDENT_LENGTH - 1)) {
            throw invalid(field, "validation.idNumber.checkDigit", number);
        }
        LocalDate birthDate = birthDate(resident);
        if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(today)) {
            throw invalid(field, "validation.idNumber.birthDate", resident.substring(6, 14));
        }
        Sex sex = (resident.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        IdType type = number.length() == RESIDENT_LENGTH ? IdType.RESIDENT : IdType.DISABILITY_CERT;
        return new ResidentId(number, birthDate, sex, type);
    }

    /** The holder's 18-character resident ID, also for a disability certificate: one person, one ID. */
    public String residentNumber() {
        return number.substring(0, RESIDENT_LENGTH);
    }

    public Integer disabilityCategory() {
        return type == IdType.DISABILITY_CERT ? number.charAt(18) - '0' : null;
    }

    public Integer disabilityLevel() {
        return type == IdType.DISABILITY_CERT ? number.charAt(19) - '0' : null;
    }

    static char checkChar(String resident) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (resident.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    private static boolean wellFormed(String resident) {
        char last = resident.charAt(RESIDENT_LENGTH - 1);
        return resident.substring(0, RESIDENT_LENGTH - 1).chars().allMatch(ResidentId::isAsciiDigit)
                && (isAsciiDigit(last) || last == 'X');
    }

    private static boolean validCertificateSuffix(String suffix) {
        if (suffix.isEmpty()) {
            return true;
        }
        return suffix.charAt(0) >= '1' && suffix.charAt(0) <= '7' && suffix.charAt(1) >= '1' && suffix.charAt(1) <= '4';
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate birthDate(String resident) {
        try {
            return LocalDate.parse(resident.substring(6, 14), BIRTH_FORMAT);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ValidationException invalid(String field, String code, Object arg) {
        return new ValidationException(new Violation(field, code, arg));
    }
}
