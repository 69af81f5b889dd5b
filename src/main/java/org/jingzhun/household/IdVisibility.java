package org.jingzhun.household;

import org.jingzhun.security.UserScope;
import org.jingzhun.workflow.AreaGroups;

/**
 * Members' ID numbers and the bank account in full only for the village's own assistance cadres, who work with the
 * household and its papers; everyone else in scope (committee, township, county, departments, administrators) sees
 * the last four characters, enough to tell two members apart.
 */
public final class IdVisibility {

    static final int SHOWN = 4;

    private IdVisibility() {
    }

    public static boolean full(UserScope scope, String villageCode) {
        return scope.groups().contains(AreaGroups.cadres(villageCode));
    }

    public static String show(String value, boolean full) {
        return full ? value : mask(value);
    }

    static String mask(String value) {
        if (value == null || value.length() <= SHOWN) {
            return value;
        }
        return "*".repeat(value.length() - SHOWN) + value.substring(value.length() - SHOWN);
    }

}
