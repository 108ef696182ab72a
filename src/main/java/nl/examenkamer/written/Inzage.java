package nl.examenkamer.written;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.examenkamer.shared.MomentText;
import nl.examenkamer.shared.RuleViolation;

/**
 * A candidate's inspection (inzage) of their scored written exam. The candidate asks for it within
 * the scheme's period after publication (six weeks by default: the term for an objection, which the
 * inspection serves); the exam board plans a window no longer than the scheme allows; inside the
 * window the candidate reads their own form with their answers, the key, the rationale and the legal
 * sources. The board may move the window until it has closed.
 */
@Entity
@Table(name = "inzage")
public class Inzage {

    private static final int MAX_NOTE = 1000;

    /** Where an inspection stands at a moment. */
    public enum State {
        REQUESTED,
        PLANNED,
        OPEN,
        ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "written_seq")
    @SequenceGenerator(name = "written_seq", sequenceName = "written_seq", allocationSize = 50)
    private Long id;

    @Column(name = "attempt_id", updatable = false)
    private long attemptId;

    @Column(name = "session_id", updatable = false)
    private Long sessionId;

    @Column(name = "enrolment_id", updatable = false)
    private long enrolmentId;

    @Column(name = "requested_at", updatable = false)
    private Instant requestedAt;

    @Column(updatable = false)
    private String note;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "planned_by")
    private String plannedBy;

    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "first_viewed_at")
    private Instant firstViewedAt;

    @Version
    private long version;

    protected Inzage() {}

    private Inzage(long attemptId, Long sessionId, long enrolmentId, Instant requestedAt, String note) {
        this.attemptId = attemptId;
        this.sessionId = sessionId;
        this.enrolmentId = enrolmentId;
        this.requestedAt = requestedAt;
        this.note = note;
    }

    /** The candidate asks for an inspection of this attempt of a published session. */
    public static Inzage request(ExamSession session, long enrolmentId, AttemptRow attempt, String note, Clock clock) {
        if (session.status() != SessionStatus.PUBLISHED) {
            throw RuleViolation.conflict("inzage.notPublished");
        }
        Instant now = clock.instant();
        Instant deadline = session.inzageRequestUntil();
        if (!now.isBefore(deadline)) {
            throw RuleViolation.conflict("inzage.period.over", shown(deadline, clock));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > MAX_NOTE) {
            throw RuleViolation.invalid("inzage.note.tooLong", MAX_NOTE);
        }
        return new Inzage(attempt.id(), session.id(), enrolmentId, now, text);
    }

    /**
     * The board plans (or moves) the window in which the candidate can read their exam; an
     * inspection is a moment, not a copy of the exam, so the window is at most {@code longest}.
     */
    public void plan(Instant opens, Instant closes, Duration longest, String by, Instant now) {
        if (opens == null || closes == null) {
            throw RuleViolation.invalid("inzage.window.required");
        }
        if (!closes.isAfter(opens)) {
            throw RuleViolation.invalid("inzage.window.order");
        }
        if (!closes.isAfter(now)) {
            throw RuleViolation.invalid("inzage.window.past");
        }
        if (Duration.between(opens, closes).compareTo(longest) > 0) {
            throw RuleViolation.invalid("inzage.window.tooLong", longest.toDays());
        }
        if (stateAt(now) == State.ENDED) {
            throw RuleViolation.conflict("inzage.ended");
        }
        opensAt = opens;
        closesAt = closes;
        plannedBy = by;
        plannedAt = now;
    }

    public State stateAt(Instant now) {
        if (opensAt == null) {
            return State.REQUESTED;
        }
        if (now.isBefore(opensAt)) {
            return State.PLANNED;
        }
        return now.isBefore(closesAt) ? State.OPEN : State.ENDED;
    }

    /** Whether the candidate may read their exam now; says why not, and when it opens. */
    public void requireOpen(Clock clock) {
        switch (stateAt(clock.instant())) {
            case REQUESTED -> throw RuleViolation.conflict("inzage.notPlanned");
            case PLANNED -> throw RuleViolation.conflict("inzage.notYetOpen", shown(opensAt, clock));
            case ENDED -> throw RuleViolation.conflict("inzage.ended");
            case OPEN -> {
                // readable
            }
        }
    }

    /** A moment as the candidate reads it in a message, in the platform's time zone. */
    private static String shown(Instant instant, Clock clock) {
        return MomentText.of(instant, clock.getZone());
    }

    /** Marks the first reading; returns whether this was it. */
    public boolean viewedAt(Instant now) {
        if (firstViewedAt != null) {
            return false;
        }
        firstViewedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public long attemptId() {
        return attemptId;
    }

    public Long sessionId() {
        return sessionId;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String note() {
        return note;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Instant firstViewedAt() {
        return firstViewedAt;
    }
}
