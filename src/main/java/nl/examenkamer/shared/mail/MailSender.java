package nl.examenkamer.shared.mail;

import jakarta.activation.DataHandler;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox through the configured SMTP server every few seconds, each mail at least
 * once: a mail the server refused stays queued and is tried again. A calendar part carries its
 * METHOD in the MIME Content-Type as well as in the .ics, which is what makes calendar clients
 * show it as an invitation (or a cancellation) rather than as a file.
 */
@Singleton
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    private MailOutbox outbox;

    @Inject
    @ConfigProperty(name = "smtp.host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "smtp.port", defaultValue = "25")
    private int port;

    @Inject
    @ConfigProperty(name = "smtp.from", defaultValue = "examens@examenkamer.nl")
    private String from;

    @Inject
    @ConfigProperty(name = "smtp.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "smtp.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "smtp.starttls", defaultValue = "false")
    private boolean startTls;

    private boolean warnedUnconfigured;

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliver() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            if (!warnedUnconfigured) {
                LOG.warning("No SMTP server configured (SMTP_HOST): mail stays in the outbox");
                warnedUnconfigured = true;
            }
            return;
        }
        try {
            Session session = session();
            for (OutboxMail mail : outbox.due(50)) {
                try {
                    Transport.send(message(session, mail));
                    outbox.markSent(mail.id());
                } catch (MessagingException e) {
                    if (outbox.markFailed(mail.id(), e.getMessage())) {
                        LOG.log(
                                Level.WARNING,
                                "mail " + mail.id() + " to " + mail.recipient() + " not sent; retrying later",
                                e);
                    } else {
                        LOG.log(
                                Level.SEVERE,
                                "mail " + mail.id() + " to " + mail.recipient() + " given up after three days",
                                e);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivering the outbox failed; retrying in 3 s", e);
        }
    }

    private MimeMessage message(Session session, OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        MimeMultipart parts = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.body(), StandardCharsets.UTF_8.name());
        parts.addBodyPart(text);
        if (mail.calendar() != null) {
            MimeBodyPart calendar = new MimeBodyPart();
            String type = "text/calendar; charset=UTF-8; method=" + mail.calendarMethod();
            calendar.setDataHandler(
                    new DataHandler(new ByteArrayDataSource(mail.calendar().getBytes(StandardCharsets.UTF_8), type)));
            calendar.setFileName(mail.calendarMethod().equals("CANCEL") ? "annulering.ics" : "uitnodiging.ics");
            parts.addBodyPart(calendar);
        }
        message.setContent(parts);
        message.saveChanges();
        return message;
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        if (user.filter(u -> !u.isBlank()).isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.orElseThrow(), password.orElse(""));
            }
        });
    }
}
