package org.jingzhun.users;

import java.util.Locale;

import org.jingzhun.area.AreaLevel;
import org.jingzhun.area.AreaService;
import org.jingzhun.security.CurrentUser;
import org.jingzhun.system.ValidationException;
import org.jingzhun.system.ViolationBinding;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users, their passwords and their roles in areas. Administrators only (SecurityConfig guards /admin/**). */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    static final String LIST = "users/list";

    static final String NEW = "users/new";

    static final String USER = "users/user";

    private final UserAdministration users;

    private final AreaService areas;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    UsersController(UserAdministration users, AreaService areas, CurrentUser currentUser, MessageSource messages) {
        this.users = users;
        this.areas = areas;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("users", users.search(query, page));
        return LIST;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return NEW;
    }

    @PostMapping
    String create(@ModelAttribute("form") UserForm form, BindingResult result, RedirectAttributes redirect) {
        try {
            users.create(form.getId(), form.getName(), form.getEmail(), form.getPassword());
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            form.setPassword(null);
            return NEW;
        }
        redirect.addFlashAttribute("message", text("users.created", form.getId().strip()));
        return "redirect:/admin/users/" + form.getId().strip();
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        UserRow user = users.get(id);
        model.addAttribute("form", UserForm.of(user));
        return page(user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            users.update(id, form.getName(), form.getEmail());
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            return page(users.get(id), model);
        }
        return done(id, "users.saved", redirect);
    }

    @PostMapping("/{id}/password")
    String password(@PathVariable String id, @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            users.resetPassword(id, form.getPassword());
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            form.setPassword(null);
            UserRow user = users.get(id);
            model.addAttribute("form", UserForm.of(user));
            return page(user, model);
        }
        return done(id, "users.passwordReset", redirect);
    }

    @PostMapping("/{id}/memberships")
    String grant(@PathVariable String id, @ModelAttribute("grantForm") GrantForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            users.grant(id, Role.ofKey(form.getRole()).orElse(null), form.getAreaCode());
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            UserRow user = users.get(id);
            model.addAttribute("form", UserForm.of(user));
            return page(user, model);
        }
        return done(id, "users.granted", redirect);
    }

    @PostMapping("/{id}/memberships/delete")
    String revoke(@PathVariable String id, @RequestParam String groupId, RedirectAttributes redirect) {
        return act(id, () -> users.revoke(id, groupId, currentUser.scope().userId()), "users.revoked", redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable String id, RedirectAttributes redirect) {
        return act(id, () -> users.unlock(id), "users.unlocked", redirect);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable String id, RedirectAttributes redirect) {
        return act(id, () -> users.disable(id, currentUser.scope().userId()), "users.disabled.done", redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        try {
            users.delete(id, currentUser.scope().userId());
        }
        catch (ValidationException e) {
            return refused(id, e, redirect);
        }
        redirect.addFlashAttribute("message", text("users.deleted", id));
        return "redirect:/admin/users";
    }

    private String act(String id, Runnable action, String doneKey, RedirectAttributes redirect) {
        try {
            action.run();
        }
        catch (ValidationException e) {
            return refused(id, e, redirect);
        }
        return done(id, doneKey, redirect);
    }

    private String refused(String id, ValidationException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", ViolationBinding.text(e, messages, locale()));
        return "redirect:/admin/users/" + id;
    }

    private String done(String id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", text(key, id));
        return "redirect:/admin/users/" + id;
    }

    private String page(UserRow user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("counties", areas.ofLevel(AreaLevel.COUNTY));
        model.addAttribute("townships", areas.ofLevel(AreaLevel.TOWNSHIP));
        model.addAttribute("villages", areas.ofLevel(AreaLevel.VILLAGE));
        model.addAttribute("self", user.id().equals(currentUser.scope().userId()));
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new GrantForm());
        }
        return USER;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

}
