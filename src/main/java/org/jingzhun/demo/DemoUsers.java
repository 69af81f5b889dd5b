package org.jingzhun.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.jingzhun.area.Area;
import org.jingzhun.area.AreaLevel;
import org.jingzhun.workflow.AreaGroups;
import org.springframework.stereotype.Component;

/**
 * Demo users (password from jingzhun.demo.password) and the role-and-area groups of the demo county. The named users
 * of the README work in 附城镇's first two villages; every other village and township gets its own users so that
 * demo households there are workable too.
 */
@Component
public class DemoUsers {

    public static final String CADRE = "cadre";

    public static final String COMMITTEE = "committee";

    public static final String TOWNSHIP = "township";

    public static final String COUNTY = "county";

    public static final String ADMIN = "admin";

    public static final List<String> DEPARTMENTS = List.of("education", "health", "housing", "water");

    static final Map<String, String> DEPARTMENT_NAMES = Map.of("education", "教育局", "health", "卫健局", "housing",
            "住建局", "water", "水务局");

    private final IdentityService identityService;

    DemoUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Who does a role's work in a village: the README's users in villages A and B, local users elsewhere. */
    public static String cadreOf(String village) {
        return isMain(village) ? CADRE : CADRE + village.substring(6);
    }

    public static String committeeOf(String village) {
        return isMain(village) ? COMMITTEE : COMMITTEE + village.substring(6);
    }

    public static String townshipOf(String village) {
        return village.startsWith(DemoAreas.TOWNSHIP_FUCHENG.substring(0, 9)) ? TOWNSHIP
                : TOWNSHIP + village.substring(6, 9);
    }

    static boolean isMain(String village) {
        return village.equals(DemoAreas.VILLAGE_A) || village.equals(DemoAreas.VILLAGE_B);
    }

    public void ensure(String password) {
        Map<String, List<String>> memberships = new LinkedHashMap<>();
        for (Area area : DemoAreas.AREAS) {
            if (area.getLevel() == AreaLevel.VILLAGE) {
                String v = area.getCode();
                group(AreaGroups.cadres(v), area.getName() + " 帮扶责任人", AreaGroups.CADRE);
                group(AreaGroups.committee(v), area.getName() + " 村两委", AreaGroups.COMMITTEE);
                memberships.computeIfAbsent(cadreOf(v), k -> new java.util.ArrayList<>()).add(AreaGroups.cadres(v));
                memberships.computeIfAbsent(committeeOf(v), k -> new java.util.ArrayList<>())
                    .add(AreaGroups.committee(v));
            }
            if (area.getLevel() == AreaLevel.TOWNSHIP) {
                group(AreaGroups.township(area.getCode()), area.getName() + " 乡镇审核", AreaGroups.TOWNSHIP);
                String user = area.getCode().equals(DemoAreas.TOWNSHIP_FUCHENG) ? TOWNSHIP
                        : TOWNSHIP + area.getCode().substring(6, 9);
                memberships.computeIfAbsent(user, k -> new java.util.ArrayList<>())
                    .add(AreaGroups.township(area.getCode()));
            }
        }
        group(AreaGroups.county(DemoAreas.COUNTY), "康乐县 扶贫办", AreaGroups.COUNTY);
        memberships.put(COUNTY, List.of(AreaGroups.county(DemoAreas.COUNTY)));
        for (String department : DEPARTMENTS) {
            String id = AreaGroups.department(department, DemoAreas.COUNTY);
            group(id, "康乐县 " + DEPARTMENT_NAMES.get(department), AreaGroups.DEPARTMENT);
            memberships.put(department, List.of(id));
        }
        group(AreaGroups.ADMINS, "管理员", "SYSTEM");
        memberships.put(ADMIN, List.of(AreaGroups.ADMINS));
        memberships.forEach((user, groups) -> user(user, password, groups));
    }

    private void group(String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }

    private void user(String id, String password, List<String> groups) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(id);
            user.setLastName("演示");
            user.setEmail(id + "@jingzhun.example");
            user.setPassword(password);
            identityService.saveUser(user);
        }
        for (String group : groups) {
            if (identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identityService.createMembership(id, group);
            }
        }
    }

}
