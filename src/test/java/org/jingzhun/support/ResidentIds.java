package org.jingzhun.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Makes valid 18-digit resident ID numbers for test households (ISO 7064 MOD 11-2). */
public final class ResidentIds {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private static final char[] CHECK = "10X98765432".toCharArray();

    private ResidentIds() {
    }

    /** {@code sequence} 0..999; odd means male, as on real cards. */
    public static String of(String area6, LocalDate birthDate, int sequence) {
        String body = area6 + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }

}
