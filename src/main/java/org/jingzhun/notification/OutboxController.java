package org.jingzhun.notification;

import org.jingzhun.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: the mail outbox (pending, sent, failed) with each mail's tries and last error, and resend. */
@Controller
class OutboxController {

    static final String VIEW = "notification/outbox";

    private final OutboxAdmin outbox;

    private final CurrentUser currentUser;

    private final MessageSource messages;

    OutboxController(OutboxAdmin outbox, CurrentUser currentUser, MessageSource messages) {
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) OutboxStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("outbox", outbox.overview(status, page, currentUser.scope()));
        model.addAttribute("statuses", OutboxStatus.values());
        return VIEW;
    }

    @PostMapping("/admin/outbox/{id}/resend")
    String resend(@PathVariable long id, @RequestParam(required = false) OutboxStatus status,
            RedirectAttributes redirect) {
        ResendResult result = outbox.resend(id, currentUser.scope());
        redirect.addFlashAttribute("message", messages.getMessage("outbox.resend." + result,
                new Object[] { String.valueOf(id) }, LocaleContextHolder.getLocale()));
        if (status != null) {
            redirect.addAttribute("status", status);
        }
        return "redirect:/admin/outbox";
    }

}
