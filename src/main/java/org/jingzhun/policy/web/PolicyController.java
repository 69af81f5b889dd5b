package org.jingzhun.policy.web;

import org.jingzhun.policy.PolicyAdministration;
import org.jingzhun.policy.PolicyEntry;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Policy parameters: values, changes with a reason, new years for lines. Administrators only (SecurityConfig). */
@Controller
@RequestMapping("/admin/policy")
class PolicyController {

    static final String PARAMETER = "policy/parameter";

    static final int RECENT = 20;

    private final PolicyAdministration policy;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    PolicyController(PolicyAdministration policy, CurrentUser currentUser, MessageSource messages) {
        this.policy = policy;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    String overview(Model model) {
        model.addAttribute("policy", policy.overview());
        model.addAttribute("recent", policy.recent(RECENT));
        return "policy/index";
    }

    @GetMapping("/{key}")
    String parameter(@PathVariable String key, Model model) {
        PolicyEntry entry = policy.entry(key);
        PolicyChangeForm change = new PolicyChangeForm();
        change.setValue(entry.current().getParamValue());
        if (entry.yearly()) {
            change.setYear(String.valueOf(entry.current().getYear()));
        }
        model.addAttribute("changeForm", change);
        return page(entry, model);
    }

    @PostMapping("/{key}")
    String change(@PathVariable String key, @ModelAttribute("changeForm") PolicyChangeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            policy.change(key, form.parsedYear(), form.getValue(), form.getReason(), currentUser.scope().userId());
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            return page(policy.entry(key), model);
        }
        return saved(key, redirect);
    }

    @PostMapping("/{key}/years")
    String addYear(@PathVariable String key, @ModelAttribute("yearForm") PolicyChangeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        try {
            policy.addYear(key, form.parsedYear(), form.getValue(), form.getReason(), currentUser.scope().userId());
        }
        catch (ValidationException e) {
            ViolationBinding.reject(result, e);
            PolicyEntry entry = policy.entry(key);
            PolicyChangeForm change = new PolicyChangeForm();
            change.setValue(entry.current().getParamValue());
            change.setYear(String.valueOf(entry.current().getYear()));
            model.addAttribute("changeForm", change);
            return page(entry, model);
        }
        return saved(key, redirect);
    }

    private String saved(String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message",
                messages.getMessage("policy.saved", new Object[] { key }, LocaleContextHolder.getLocale()));
        return "redirect:/admin/policy/" + key;
    }

    private String page(PolicyEntry entry, Model model) {
        model.addAttribute("entry", entry);
        model.addAttribute("history", policy.history(entry.key()));
        if (!model.containsAttribute("yearForm")) {
            model.addAttribute("yearForm", new PolicyChangeForm());
        }
        return PARAMETER;
    }

}
