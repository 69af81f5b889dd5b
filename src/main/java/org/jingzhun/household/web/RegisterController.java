package org.jingzhun.household.web;

import java.util.List;

import org.jingzhun.area.Area;
import org.jingzhun.area.AreaService;
import org.jingzhun.household.HouseholdRegister;
import org.jingzhun.household.HouseholdStatus;
import org.jingzhun.household.RegisterQuery;
import org.jingzhun.household.Stage;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.security.UserScope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The household register: search and filters within the user's areas. */
@Controller
class RegisterController {

    private final HouseholdRegister register;

    private final AreaService areas;

    private final CurrentUser currentUser;

    RegisterController(HouseholdRegister register, AreaService areas, CurrentUser currentUser) {
        this.register = register;
        this.areas = areas;
        this.currentUser = currentUser;
    }

    @GetMapping("/households")
    String register(RegisterQuery query, Model model) {
        UserScope scope = currentUser.scope();
        model.addAttribute("query", query);
        model.addAttribute("result", register.search(query, scope));
        model.addAttribute("villages", villages(scope));
        model.addAttribute("statuses", HouseholdStatus.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("canApply", Applicants.isCadre(scope));
        return "households/register";
    }

    private List<Area> villages(UserScope scope) {
        if (scope.isAdmin()) {
            return areas.villagesUnder("");
        }
        return scope.prefixes().stream().flatMap(prefix -> areas.villagesUnder(prefix).stream()).distinct().toList();
    }

}
