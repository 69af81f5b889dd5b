package org.jingzhun.users;

import org.jingzhun.security.CurrentUser;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.ViolationBinding;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's roles in areas, granted and removed on the user's page. Administrators only (SecurityConfig). */
@Controller
@RequestMapping("/admin/users/{id}/memberships")
class MembershipsController {

    private final UserAdministration users;

    private final UserPageModel userPage;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    MembershipsController(UserAdministration users, UserPageModel userPage, CurrentUser currentUser,
            MessageSource messages) {
        this.users = users;
        this.userPage = userPage;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @PostMapping
    String grant(@PathVariable String id, @ModelAttribute("grantForm") GrantForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            users.grant(id, Role.ofKey(form.getRole()).orElse(null), form.getAreaCode());
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            return userPage.page(id, model);
        }
        redirect.addFlashAttribute("message", text("users.granted", id));
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/delete")
    String revoke(@PathVariable String id, @RequestParam String groupId, RedirectAttributes redirect) {
        try {
            users.revoke(id, groupId, currentUser.scope().userId());
            redirect.addFlashAttribute("message", text("users.revoked", id));
        }
        catch (ValidationException e) {
            redirect.addFlashAttribute("error", ViolationBinding.text(e, messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/users/" + id;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

}
