package nl.examenkamer.shared.mail;

import java.io.Serializable;
import java.time.Instant;

/** A mail not (yet) delivered, as the board sees it; no body, which may hold what only its addressee should read. */
public record UndeliveredMail(
        long id,
        String recipient,
        String subject,
        Instant queuedAt,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        OutboxMail.State state)
        implements Serializable {

    static UndeliveredMail of(OutboxMail mail) {
        return new UndeliveredMail(
                mail.id(),
                mail.recipient(),
                mail.subject(),
                mail.createdAt(),
                mail.attempts(),
                mail.lastError(),
                mail.nextAttemptAt(),
                mail.state());
    }
}
