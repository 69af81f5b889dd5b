package org.jingzhun.users;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.jingzhun.area.Area;
import org.jingzhun.area.AreaRepository;
import org.jingzhun.system.NotFoundException;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Camunda groups read as role and area: the groups page, and the group behind a granted role. */
@Service
@Transactional
public class Groups {

    private final IdentityService identityService;

    private final AreaRepository areas;

    Groups(IdentityService identityService, AreaRepository areas) {
        this.identityService = identityService;
        this.areas = areas;
    }

    @Transactional(readOnly = true)
    public List<GroupRow> list() {
        Map<String, String> names = areaNames();
        return identityService.createGroupQuery()
            .orderByGroupId()
            .asc()
            .list()
            .stream()
            .map(group -> row(group, names))
            .sorted(Comparator.comparing((GroupRow row) -> row.grants().known() ? row.grants().role().ordinal() : 99)
                .thenComparing(GroupRow::id))
            .toList();
    }

    @Transactional(readOnly = true)
    public GroupRow get(String groupId) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        if (group == null) {
            throw new NotFoundException("group " + groupId);
        }
        return row(group, areaNames());
    }

    /** The group that grants the role in the area, created with a readable name the first time it is needed. */
    String ensure(Role role, Area area) {
        String id = role.groupId(area == null ? null : area.getCode());
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(role.groupName(area == null ? null : area.getName()));
            group.setType(role.groupType());
            identityService.saveGroup(group);
        }
        return id;
    }

    Membership describe(String groupId, Map<String, String> areaNames) {
        return Role.ofGroup(groupId).map(role -> {
            String area = role == Role.ADMIN ? null : AreaGroups.areaCode(groupId);
            return new Membership(groupId, role, area, area == null ? null : areaNames.getOrDefault(area, area));
        }).orElse(new Membership(groupId, null, null, null));
    }

    Map<String, String> areaNames() {
        return areas.findAll().stream().collect(Collectors.toMap(Area::getCode, Area::getName, (a, b) -> a));
    }

    private GroupRow row(Group group, Map<String, String> names) {
        long members = identityService.createUserQuery().memberOfGroup(group.getId()).count();
        return new GroupRow(group.getId(), group.getName(), group.getType(), describe(group.getId(), names), members);
    }

}
