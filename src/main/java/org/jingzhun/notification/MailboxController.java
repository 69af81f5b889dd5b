package org.jingzhun.notification;

import java.util.List;

import org.jingzhun.security.CurrentUser;
import org.jingzhun.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators, demo run: what the embedded SMTP server received, and each mail's text. Where no embedded server
 * runs (production, or an SMTP server configured) the page says so.
 */
@Controller
class MailboxController {

    private final ObjectProvider<DemoSmtpServer> server;

    private final CurrentUser currentUser;

    MailboxController(ObjectProvider<DemoSmtpServer> server, CurrentUser currentUser) {
        this.server = server;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/mailbox")
    String list(Model model) {
        AdminOnly.require(currentUser.scope());
        DemoSmtpServer smtp = server.getIfAvailable();
        model.addAttribute("running", smtp != null);
        if (smtp != null) {
            model.addAttribute("address", DemoSmtpServer.HOST + ":" + smtp.port());
            model.addAttribute("mails", smtp.received());
        }
        return "notification/mailbox";
    }

    @GetMapping("/admin/mailbox/message")
    String message(@RequestParam String id, Model model) {
        AdminOnly.require(currentUser.scope());
        DemoSmtpServer smtp = server.getIfAvailable();
        List<ReceivedMail> copies = smtp == null ? List.of() : smtp.withMessageId(id);
        if (copies.isEmpty()) {
            throw new NotFoundException("no received mail " + id);
        }
        model.addAttribute("copies", copies);
        model.addAttribute("mail", copies.get(0));
        return "notification/mailbox-message";
    }

}
