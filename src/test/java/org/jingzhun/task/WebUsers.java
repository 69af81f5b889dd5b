package org.jingzhun.task;

import java.util.ArrayList;
import java.util.List;

import org.jingzhun.demo.DemoAreas;
import org.jingzhun.security.UserScope;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** Signed-in demo users for MockMvc, with the GROUP_ and ROLE_ authorities our login gives them. */
public final class WebUsers {

    public static final String OTHER_VILLAGE = "622922101201";

    private WebUsers() {
    }

    public static RequestPostProcessor cadre() {
        return as("cadre", "cadre-" + DemoAreas.VILLAGE_A, "cadre-" + DemoAreas.VILLAGE_B);
    }

    public static RequestPostProcessor committee() {
        return as("committee", "committee-" + DemoAreas.VILLAGE_A, "committee-" + DemoAreas.VILLAGE_B);
    }

    public static RequestPostProcessor township() {
        return as("township", "township-" + DemoAreas.TOWNSHIP_FUCHENG);
    }

    public static RequestPostProcessor otherTownship() {
        return as("township101", "township-622922101000");
    }

    public static RequestPostProcessor county() {
        return as("county", "county-" + DemoAreas.COUNTY);
    }

    /** The cadre of a village in another township. */
    public static RequestPostProcessor otherCadre() {
        return as("cadre101201", "cadre-" + OTHER_VILLAGE);
    }

    public static RequestPostProcessor as(String userId, String... groups) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        for (String group : groups) {
            authorities.add(new SimpleGrantedAuthority("GROUP_" + group));
        }
        UserScope.of(userId, List.of(groups))
            .roles()
            .forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.toUpperCase())));
        return SecurityMockMvcRequestPostProcessors.user(userId).authorities(authorities);
    }

}
