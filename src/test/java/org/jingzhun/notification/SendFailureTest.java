package org.jingzhun.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;

/** Which failures are worth another try, and the one line the outbox page shows for them. */
class SendFailureTest {

    static MailSendException refused(int code) throws Exception {
        InternetAddress address = new InternetAddress("nobody@example.org");
        SMTPAddressFailedException reply = new SMTPAddressFailedException(address, "RCPT TO:<nobody@example.org>",
                code, code + " 5.1.1 <nobody@example.org>: Recipient address rejected");
        SendFailedException failed = new SendFailedException("Invalid Addresses", reply, new Address[0],
                new Address[0], new Address[] { address });
        return new MailSendException(Map.of(new Object(), failed));
    }

    @Test
    void permanentWhenTheServerRefusesWithA5xxReply() throws Exception {
        assertThat(SendFailure.permanent(refused(550))).isTrue();
        assertThat(SendFailure.permanent(refused(451))).isFalse();
    }

    @Test
    void describesTheCauseChainInOneShortLine() throws Exception {
        String text = SendFailure.describe(refused(550));

        assertThat(text).isEqualTo("SendFailedException: Invalid Addresses; SMTPAddressFailedException: 550 5.1.1"
                + " <nobody@example.org>: Recipient address rejected");
        assertThat(SendFailure.describe(new IllegalStateException("x".repeat(2000))))
            .hasSize(SendFailure.MAX_LENGTH).endsWith("…");
    }

}
