package org.jingzhun.notification;

import java.util.Date;
import java.util.Properties;

import org.jingzhun.system.Today;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Turns an outbox row into the MIME message: plain text and HTML alternatives, UTF-8, the row's Message-ID. */
@Component
class MailComposer {

    private final MailDelivery settings;

    private final Today today;

    MailComposer(MailDelivery settings, Today today) {
        this.settings = settings;
        this.today = today;
    }

    MimeMessage compose(OutboxRow row, JavaMailSender sender) throws MessagingException {
        MimeMessage message = new StableIdMessage(session(sender), row.messageId());
        boolean alternatives = row.htmlBody() != null && !row.htmlBody().isBlank();
        MimeMessageHelper helper = new MimeMessageHelper(message, alternatives, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(row.recipientAddress());
        helper.setSubject(row.subject());
        helper.setSentDate(Date.from(today.now()));
        if (alternatives) {
            helper.setText(row.textBody(), row.htmlBody());
        } else {
            helper.setText(row.textBody());
        }
        message.setHeader("Content-Language", row.locale());
        // RFC 3834: no out-of-office replies to a notification
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    private static Session session(JavaMailSender sender) {
        if (sender instanceof JavaMailSenderImpl impl) {
            return impl.getSession();
        }
        return Session.getInstance(new Properties());
    }

}
