package org.jingzhun.users;

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

/** Users and their accounts. Administrators only (SecurityConfig guards /admin/**); roles: MembershipsController. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    static final String NEW = "users/new";

    private final UserAdministration users;

    private final UserPageModel userPage;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    UsersController(UserAdministration users, UserPageModel userPage, CurrentUser currentUser,
            MessageSource messages) {
        this.users = users;
        this.userPage = userPage;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        model.addAttribute("users", users.search(query, page));
        return "users/list";
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
        String id = form.getId().strip();
        redirect.addFlashAttribute("message", text("users.created", id));
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        return userPage.page(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String id, @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            users.update(id, form.getName(), form.getEmail());
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            return userPage.page(id, model);
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
            return userPage.page(id, model);
        }
        return done(id, "users.passwordReset", redirect);
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable String id, RedirectAttributes redirect) {
        users.unlock(id);
        return done(id, "users.unlocked", redirect);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable String id, RedirectAttributes redirect) {
        try {
            users.disable(id, currentUser.scope().userId());
        }
        catch (ValidationException e) {
            return refused(id, e, redirect);
        }
        return done(id, "users.disabled.done", redirect);
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

    private String refused(String id, ValidationException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", ViolationBinding.text(e, messages, LocaleContextHolder.getLocale()));
        return "redirect:/admin/users/" + id;
    }

    private String done(String id, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", text(key, id));
        return "redirect:/admin/users/" + id;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

}
