package org.jingzhun.users;

import org.jingzhun.area.AreaLevel;
import org.jingzhun.area.AreaService;
import org.jingzhun.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a user's page needs besides the form that was posted: the user, the role and area choices, empty forms. */
@Component
class UserPageModel {

    static final String VIEW = "users/user";

    private final UserAdministration users;

    private final AreaService areas;

    private final CurrentUser currentUser;

    UserPageModel(UserAdministration users, AreaService areas, CurrentUser currentUser) {
        this.users = users;
        this.areas = areas;
        this.currentUser = currentUser;
    }

    String page(String userId, Model model) {
        UserRow user = users.get(userId);
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("counties", areas.ofLevel(AreaLevel.COUNTY));
        model.addAttribute("townships", areas.ofLevel(AreaLevel.TOWNSHIP));
        model.addAttribute("villages", areas.ofLevel(AreaLevel.VILLAGE));
        model.addAttribute("self", user.id().equals(currentUser.scope().userId()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UserForm.of(user));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm());
        }
        return VIEW;
    }

}
