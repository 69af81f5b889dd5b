package org.jingzhun.exit;

import java.util.Arrays;
import java.util.Locale;

/** The line departments that certify a household's exit, each on its own task ({@code Task_CertifyEducation} …). */
public enum ExitDepartment {
    EDUCATION, HEALTH, HOUSING, WATER;

    private static final String TASK_PREFIX = "Task_Certify";

    /** As in the candidate group {@code dept-education-<county>}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String taskKey() {
        return TASK_PREFIX + name().charAt(0) + key().substring(1);
    }

    /** The gateway flag, e.g. {@code educationCertified}. */
    public String flag() {
        return key() + "Certified";
    }

    public static ExitDepartment ofTaskKey(String taskKey) {
        return Arrays.stream(values())
            .filter(department -> department.taskKey().equals(taskKey))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not a certification task: " + taskKey));
    }

}
