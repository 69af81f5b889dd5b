package org.jingzhun.users;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The groups behind roles and areas, and who is in each. Administrators only (SecurityConfig). */
@Controller
@RequestMapping("/admin/groups")
class GroupsController {

    private final Groups groups;

    private final UserAdministration users;

    GroupsController(Groups groups, UserAdministration users) {
        this.groups = groups;
        this.users = users;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("groups", groups.list());
        return "users/groups";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("group", groups.get(id));
        model.addAttribute("members", users.members(id));
        return "users/group";
    }

}
