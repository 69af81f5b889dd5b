package org.jingzhun.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.stereotype.Component;

/**
 * Who a mail goes to, from the Camunda identity (address, name, groups) and user_mail_settings (language, digest).
 * Users without an address are left out: there is nowhere to send to, and the event must not fail for it.
 */
@Component
public class Recipients {

    private final IdentityService identityService;

    private final UserMailSettingsRepository settings;

    Recipients(IdentityService identityService, UserMailSettingsRepository settings) {
        this.identityService = identityService;
        this.settings = settings;
    }

    public Optional<Recipient> user(String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? Optional.empty() : withAddresses(List.of(user)).stream().findFirst();
    }

    /** The members of the groups, each once, in user id order. */
    public List<Recipient> members(Collection<String> groupIds) {
        Map<String, User> users = new LinkedHashMap<>();
        for (String groupId : groupIds) {
            identityService.createUserQuery()
                .memberOfGroup(groupId)
                .list()
                .forEach(user -> users.putIfAbsent(user.getId(), user));
        }
        return withAddresses(users.values().stream().sorted(Comparator.comparing(User::getId)).toList());
    }

    /** Township and county staff who want the daily digest, each with their township and county groups. */
    public Map<Recipient, List<String>> digestReaders() {
        Map<String, List<String>> supervising = new TreeMap<>();
        for (Group group : identityService.createGroupQuery().list()) {
            if (isSupervising(group.getId())) {
                for (User user : identityService.createUserQuery().memberOfGroup(group.getId()).list()) {
                    supervising.computeIfAbsent(user.getId(), id -> new ArrayList<>()).add(group.getId());
                }
            }
        }
        Map<String, UserMailSettings> chosen = chosen(supervising.keySet());
        Map<Recipient, List<String>> readers = new LinkedHashMap<>();
        supervising.forEach((userId, groups) -> {
            UserMailSettings settings = chosen.get(userId);
            if (settings == null || settings.isDigest()) {
                user(userId).ifPresent(recipient -> readers.put(recipient, List.copyOf(groups)));
            }
        });
        return readers;
    }

    /** Whether a user without settings gets the digest: township and county staff do. */
    public boolean digestByDefault(Collection<String> groupIds) {
        return groupIds.stream().anyMatch(Recipients::isSupervising);
    }

    /** "Given Family" as the identity has it, or the user id. */
    public String nameOf(String userId) {
        User user = userId == null ? null : identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : name(user);
    }

    /** The groups' names as the identity has them ("附城镇 乡镇审核"), else their ids. */
    public List<String> groupNames(Collection<String> groupIds) {
        return groupIds.stream().map(id -> {
            Group group = identityService.createGroupQuery().groupId(id).singleResult();
            return group == null || group.getName() == null ? id : group.getName();
        }).toList();
    }

    static boolean isSupervising(String groupId) {
        String role = AreaGroups.role(groupId);
        return AreaGroups.TOWNSHIP.equals(role) || AreaGroups.COUNTY.equals(role);
    }

    private List<Recipient> withAddresses(List<User> users) {
        List<User> reachable = users.stream()
            .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
            .toList();
        Map<String, UserMailSettings> chosen = chosen(reachable.stream().map(User::getId).toList());
        return reachable.stream().map(user -> {
            UserMailSettings settings = chosen.get(user.getId());
            MailLanguage language = settings == null ? MailLanguage.DEFAULT : settings.getLanguage();
            return new Recipient(user.getId(), name(user), user.getEmail().strip(), language);
        }).toList();
    }

    private Map<String, UserMailSettings> chosen(Collection<String> userIds) {
        return settings.findAllById(userIds)
            .stream()
            .collect(Collectors.toMap(UserMailSettings::getUserId, Function.identity()));
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

}
