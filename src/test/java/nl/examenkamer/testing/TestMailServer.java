package nl.examenkamer.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the application under test sends to (SMTP_HOST and SMTP_PORT in the pom), for a
 * test class that reads back what was mailed. Mail to other addresses, queued by other classes,
 * may arrive here too: a test reads only its own recipients' mail.
 */
public final class TestMailServer implements AutoCloseable {

    private final GreenMail mail;

    private TestMailServer(GreenMail mail) {
        this.mail = mail;
    }

    public static TestMailServer start() {
        GreenMail mail = new GreenMail(new ServerSetup(
                Integer.getInteger("examenkamer.it.smtp.port", 3925), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return new TestMailServer(mail);
    }

    /** The mail to this address so far. */
    public List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address))) {
                received.add(message);
            }
        }
        return received;
    }

    /** Waits up to a minute (the outbox is read every 3 s) for the first mail to this address. */
    public MimeMessage first(String address) throws Exception {
        return first(address, "");
    }

    /**
     * Waits up to a minute for the first mail to this address whose subject starts so: mail queued
     * while the server was down comes back in the order its retries fall due, not the order queued.
     */
    public MimeMessage first(String address, String subjectStart) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            for (MimeMessage message : to(address)) {
                if (message.getSubject() != null && message.getSubject().startsWith(subjectStart)) {
                    return message;
                }
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("no mail to " + address + " about '" + subjectStart + "' within a minute");
            }
            Thread.sleep(250);
        }
    }

    /** A mail's plain text, wherever in its parts it is. */
    public static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                String text = text(parts.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        mail.stop();
    }
}
