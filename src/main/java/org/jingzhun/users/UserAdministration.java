package org.jingzhun.users;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.Violation;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users in the Camunda identity service (the one identity of design.md principle 6): create, edit, passwords, lockout,
 * disable, delete, and roles with areas as group memberships. Every rule that keeps the product administrable lives
 * here: nobody removes themselves, and the last administrator stays.
 */
@Service
@Transactional
public class UserAdministration {

    public static final int PAGE_SIZE = 20;

    /** User info key marking a disabled account; the engine has no such flag of its own. */
    static final String DISABLED = "jingzhun.disabled";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identityService;

    private final ProcessEngine engine;

    private final AreaService areas;

    private final Groups groups;

    UserAdministration(IdentityService identityService, ProcessEngine engine,
            AreaService areas, Groups groups) {
        this.identityService = identityService;
        this.engine = engine;
        this.areas = areas;
        this.groups = groups;
    }

    /**
     * Users whose id, name or e-mail contains the query. The engine's query has no "id like" and no "or", and users
     * number hundreds, not millions: filtered and paged here.
     */
    @Transactional(readOnly = true)
    public UserPage search(String query, int page) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<User> found = identityService.createUserQuery()
            .orderByUserId()
            .asc()
            .list()
            .stream()
            .filter(user -> needle.isEmpty() || matches(user, needle))
            .toList();
        int pages = Math.max(1, (found.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        Map<String, String> names = groups.areaNames();
        List<UserRow> rows = found.subList(current * PAGE_SIZE, Math.min(found.size(), (current + 1) * PAGE_SIZE))
            .stream()
            .map(user -> row(user, names))
            .toList();
        return new UserPage(rows, query == null ? "" : query.strip(), current, pages, found.size());
    }

    @Transactional(readOnly = true)
    public UserRow get(String userId) {
        return row(require(userId), groups.areaNames());
    }

    @Transactional(readOnly = true)
    public List<UserRow> members(String groupId) {
        Map<String, String> names = groups.areaNames();
        return identityService.createUserQuery()
            .memberOfGroup(groupId)
            .orderByUserId()
            .asc()
            .list()
            .stream()
            .map(user -> row(user, names))
            .toList();
    }

    public void create(String userId, String name, String email, String password) {
        List<Violation> violations = new ArrayList<>();
        String id = userId == null ? "" : userId.strip();
        if (!id.matches("[A-Za-z0-9_-]{2,64}")) {
            violations.add(new Violation("id", "validation.user.id.format"));
        }
        else if (identityService.createUserQuery().userId(id).count() > 0) {
            violations.add(new Violation("id", "validation.user.id.taken", id));
        }
        violations.addAll(details(name, email));
        violations.addAll(PasswordRule.check("password", password, id));
        ValidationException.throwIfAny(violations);
        User user = identityService.newUser(id);
        user.setFirstName(name.strip());
        user.setLastName("");
        user.setEmail(blankToNull(email));
        user.setPassword(password);
        identityService.saveUser(user);
    }

    public void update(String userId, String name, String email) {
        User user = require(userId);
        ValidationException.throwIfAny(details(name, email));
        user.setFirstName(name.strip());
        user.setLastName("");
        user.setEmail(blankToNull(email));
        identityService.saveUser(user);
    }

    /** A new password; it also re-enables a disabled account, the only way back in for its owner. */
    public void resetPassword(String userId, String password) {
        User user = require(userId);
        ValidationException.throwIfAny(PasswordRule.check("password", password, userId));
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.deleteUserInfo(userId, DISABLED);
        identityService.unlockUser(userId);
    }

    /** Lifts the engine's lock after too many failed sign-ins. */
    public void unlock(String userId) {
        require(userId);
        identityService.unlockUser(userId);
    }

    /**
     * The account keeps its memberships and history but nobody knows its password any more: sign-in, HTTP Basic and
     * the Camunda webapps all check that one password. A password reset enables it again.
     */
    public void disable(String userId, String actor) {
        User user = require(userId);
        refuseSelfOrLastAdmin(userId, actor, "validation.user.self.disable");
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        user.setPassword(Base64.getEncoder().encodeToString(secret));
        identityService.saveUser(user);
        identityService.setUserInfo(userId, DISABLED, actor + " " + ClockUtil.getCurrentTime().toInstant());
    }

    public void delete(String userId, String actor) {
        require(userId);
        refuseSelfOrLastAdmin(userId, actor, "validation.user.self.delete");
        identityService.deleteUser(userId);
    }

    /** Grants a role in an area: the group is created on first use. Returns the group id. */
    public String grant(String userId, Role role, String areaCode) {
        require(userId);
        Area area = null;
        if (role == null) {
            throw new ValidationException(new Violation("role", "validation.membership.role"));
        }
        if (role.level() != null) {
            area = areas.find(areaCode == null ? null : areaCode.strip())
                .orElseThrow(() -> new ValidationException(
                        new Violation("areaCode", "validation.membership.area", String.valueOf(areaCode))));
            if (area.getLevel() != role.level()) {
                throw new ValidationException(new Violation("areaCode", "validation.membership.level",
                        area.getCode(), area.getName()));
            }
        }
        String groupId = groups.ensure(role, area);
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0) {
            throw new ValidationException(new Violation("role", "validation.membership.exists"));
        }
        identityService.createMembership(userId, groupId);
        return groupId;
    }

    public void revoke(String userId, String groupId, String actor) {
        require(userId);
        if (AreaGroups.ADMINS.equals(groupId)) {
            refuseSelfOrLastAdmin(userId, actor, "validation.user.self.revokeAdmin");
        }
        identityService.deleteMembership(userId, groupId);
    }

    private void refuseSelfOrLastAdmin(String userId, String actor, String selfCode) {
        if (userId.equals(actor)) {
            throw new ValidationException(new Violation("user", selfCode));
        }
        if (isEnabledAdmin(userId) && enabledAdmins() <= 1) {
            throw new ValidationException(new Violation("user", "validation.user.lastAdmin"));
        }
    }

    private long enabledAdmins() {
        return identityService.createUserQuery()
            .memberOfGroup(AreaGroups.ADMINS)
            .list()
            .stream()
            .filter(user -> !disabled(user.getId()))
            .count();
    }

    private boolean isEnabledAdmin(String userId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(AreaGroups.ADMINS).count() > 0
                && !disabled(userId);
    }

    private boolean disabled(String userId) {
        return identityService.getUserInfo(userId, DISABLED) != null;
    }

    private static List<Violation> details(String name, String email) {
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "validation.user.name.required"));
        }
        else if (name.strip().length() > 100) {
            violations.add(new Violation("name", "validation.user.name.long", 100));
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            violations.add(new Violation("email", "validation.user.email.format"));
        }
        return violations;
    }

    private User require(String userId) {
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new NotFoundException("user " + userId);
        }
        return user;
    }

    private UserRow row(User user, Map<String, String> areaNames) {
        List<Membership> memberships = identityService.createGroupQuery()
            .groupMember(user.getId())
            .orderByGroupId()
            .asc()
            .list()
            .stream()
            .map(Group::getId)
            .map(id -> groups.describe(id, areaNames))
            .toList();
        return new UserRow(user.getId(), displayName(user), user.getEmail(), locked(user), disabled(user.getId()),
                memberships);
    }

    /** Locked as the engine decides at sign-in: too many failures, or still inside the growing delay. */
    private boolean locked(User user) {
        if (!(user instanceof UserEntity entity)) {
            return false;
        }
        int maxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts();
        Date until = entity.getLockExpirationTime();
        return entity.getAttempts() >= maxAttempts || until != null && until.after(ClockUtil.getCurrentTime());
    }

    private static String displayName(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName();
        String last = user.getLastName() == null ? "" : user.getLastName();
        return (first + " " + last).strip();
    }

    private static boolean matches(User user, String needle) {
        return contains(user.getId(), needle) || contains(displayName(user), needle) || contains(user.getEmail(), needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
