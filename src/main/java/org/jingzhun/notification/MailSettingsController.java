package org.jingzhun.notification;

import java.util.Optional;

import org.jingzhun.security.CurrentUser;
import org.jingzhun.security.UserScope;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own mail settings: language of their mails and the daily digest. */
@Controller
@RequestMapping("/settings/mail")
class MailSettingsController {

    static final String VIEW = "settings/mail";

    static final String FORM = "form";

    private final MailSettingsService service;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    MailSettingsController(MailSettingsService service, CurrentUser currentUser, MessageSource messages) {
        this.service = service;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        MailSettings settings = service.of(currentUser.scope());
        model.addAttribute("settings", settings);
        model.addAttribute(FORM, MailSettingsForm.of(settings));
        return VIEW;
    }

    @PostMapping
    String change(@ModelAttribute(FORM) MailSettingsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        UserScope scope = currentUser.scope();
        Optional<MailLanguage> language = MailLanguage.ofTag(form.getLanguage());
        if (language.isEmpty()) {
            result.rejectValue("language", "validation.mail.language");
        }
        if (result.hasErrors()) {
            model.addAttribute("settings", service.of(scope));
            return VIEW;
        }
        service.change(scope, language.get(), form.isDigest());
        redirect.addFlashAttribute("message",
                messages.getMessage("mail.settings.saved", null, LocaleContextHolder.getLocale()));
        return "redirect:/settings/mail";
    }

}
