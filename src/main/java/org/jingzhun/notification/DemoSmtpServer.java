package org.jingzhun.notification;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The demo's mail server: a GreenMail SMTP server inside the application, bound to the loopback address only, that
 * accepts every mail for every address without authentication and keeps it in memory (gone after a restart) for
 * the administrators' mailbox page. Never used outside the demo profile.
 */
public class DemoSmtpServer {

    public static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;

    /** Port 0 picks a free port ({@link #port()} tells which). */
    public DemoSmtpServer(int port) {
        ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
        this.greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    public void start() {
        greenMail.start();
    }

    public void stop() {
        greenMail.stop();
    }

    public boolean isRunning() {
        return greenMail.isRunning();
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Everything received since the start, newest first. */
    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages())
            .map(DemoSmtpServer::read)
            .sorted(Comparator.comparing(ReceivedMail::date, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    }

    /** The received copies of one mail (more than one if it was delivered again). */
    public List<ReceivedMail> withMessageId(String messageId) {
        return received().stream().filter(m -> messageId.equals(m.messageId())).toList();
    }

    static ReceivedMail read(MimeMessage message) {
        try {
            Body body = new Body();
            body.collect(message);
            return new ReceivedMail(message.getMessageID(), addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)), message.getSubject(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), body.text, body.html);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A received mail cannot be read", e);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString)
            .collect(Collectors.joining(", "));
    }

    /** The first plain-text and the first HTML part, wherever they are in the multipart tree. */
    private static final class Body {

        String text;

        String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            }
        }
    }

}
