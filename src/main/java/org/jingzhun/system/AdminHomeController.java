package org.jingzhun.system;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrators' start page: one list of every administration page (the menu has room for one entry). */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("menu", "admin");
        return "admin/index";
    }

}
