package org.jingzhun.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailSendException;
import jakarta.mail.internet.AddressException;

/** What went wrong with a send, in a line an administrator can read on the outbox page (no stack trace). */
final class SendFailure {

    static final int MAX_LENGTH = 500;

    private SendFailure() {
    }

    /**
     * Retrying cannot help: a malformed address, or the server refused with a 5xx reply (unknown recipient, message
     * rejected). Connection failures and 4xx replies are temporary.
     */
    static boolean permanent(Exception failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof AddressException || replyCode(t) / 100 == 5) {
                return true;
            }
        }
        return false;
    }

    /** "MailConnectException: Couldn't connect to host, port: …; ConnectException: Connection refused". */
    static String describe(Exception failure) {
        Set<String> parts = new LinkedHashSet<>();
        for (Throwable t : chain(failure)) {
            String message = firstLine(t.getMessage());
            parts.add(message.isEmpty() ? t.getClass().getSimpleName()
                    : t.getClass().getSimpleName() + ": " + message);
        }
        String text = String.join("; ", parts);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** Spring's wrapper first lists every failed message; the per-message exceptions and their causes say why. */
    private static List<Throwable> chain(Exception failure) {
        List<Throwable> roots = new ArrayList<>();
        if (failure instanceof MailSendException wrapper && wrapper.getMessageExceptions().length > 0) {
            roots.addAll(List.of(wrapper.getMessageExceptions()));
        } else if (failure instanceof MailSendException wrapper && wrapper.getCause() != null) {
            roots.add(wrapper.getCause());
        } else {
            roots.add(failure);
        }
        List<Throwable> chain = new ArrayList<>();
        for (Throwable root : roots) {
            // MessagingException.getCause() is its "next" exception, so this also walks SMTP's chained replies
            for (Throwable t = root; t != null && !chain.contains(t) && chain.size() < 10; t = t.getCause()) {
                chain.add(t);
            }
        }
        return chain;
    }

    private static int replyCode(Throwable t) {
        if (t instanceof SMTPAddressFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPSendFailedException e) {
            return e.getReturnCode();
        }
        return 0;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.strip();
        int nested = line.indexOf(";\n  nested exception is");
        if (nested < 0) {
            nested = line.indexOf("nested exception is");
        }
        if (nested >= 0) {
            line = line.substring(0, nested);
        }
        int newline = line.indexOf('\n');
        line = newline >= 0 ? line.substring(0, newline) : line;
        return line.strip().replaceAll("[;:]$", "");
    }

}
