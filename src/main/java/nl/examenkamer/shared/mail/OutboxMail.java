package nl.examenkamer.shared.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.examenkamer.shared.RuleViolation;

/** A mail waiting to be sent (or sent), written in the transaction that decided it. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oral_seq")
    @SequenceGenerator(name = "oral_seq", sequenceName = "oral_seq", allocationSize = 50)
    private Long id;

    private String recipient;
    private String subject;
    private String body;
    private String calendar;

    @Column(name = "calendar_method")
    private String calendarMethod;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int attempts;

    /** When a failed mail is tried again; null for a new mail (due at once) and one given up on. */
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    /** When the board last had a given-up mail tried again: the three days run from here. */
    @Column(name = "retry_from")
    private Instant retryFrom;

    @Version
    private long version;

    protected OutboxMail() {}

    /** {@code calendar} is the .ics text (or null) and {@code calendarMethod} its METHOD. */
    public OutboxMail(
            String recipient, String subject, String body, String calendar, String calendarMethod, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.calendar = calendar;
        this.calendarMethod = calendarMethod;
        this.createdAt = createdAt;
    }

    public void sent(Instant at) {
        sentAt = at;
        attempts++;
        lastError = null;
    }

    /** Answers false when the mail is given up on (see {@link MailRetry}). */
    public boolean failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        nextAttemptAt = MailRetry.next(attempts, retryFrom == null ? createdAt : retryFrom, now)
                .orElse(null);
        return nextAttemptAt != null;
    }

    /**
     * A mail given up on is tried once more now, and for three days if that fails too: for when
     * the board has had the cause (the mail server, a full mailbox) put right.
     */
    public void tryAgain(Instant now) {
        if (state() != State.GIVEN_UP) {
            throw RuleViolation.conflict("mail.tryAgain.notGivenUp");
        }
        retryFrom = now;
        nextAttemptAt = now;
    }

    public enum State {
        /** Queued, not tried yet. */
        WAITING,
        /** Failed, and tried again at {@link #nextAttemptAt()}. */
        RETRYING,
        /** Failed for three days; no longer tried. */
        GIVEN_UP,
        SENT
    }

    public State state() {
        if (sentAt != null) {
            return State.SENT;
        }
        if (attempts == 0) {
            return State.WAITING;
        }
        return nextAttemptAt == null ? State.GIVEN_UP : State.RETRYING;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public int attempts() {
        return attempts;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String calendar() {
        return calendar;
    }

    public String calendarMethod() {
        return calendarMethod;
    }
}
