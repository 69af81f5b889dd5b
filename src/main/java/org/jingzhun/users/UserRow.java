package org.jingzhun.users;

import java.util.List;

/** A user as the administration pages show it. */
public record UserRow(String id, String name, String email, boolean locked, boolean disabled,
        List<Membership> memberships) {

    public boolean isAdmin() {
        return memberships.stream().anyMatch(m -> m.role() == Role.ADMIN);
    }

}
