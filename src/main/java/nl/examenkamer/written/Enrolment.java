package nl.examenkamer.written;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.shared.RuleViolation;

/**
 * A candidate enrolled in a session, with their accommodation (extra time as a percentage of the
 * duration, with its reason) and any minutes the board added on the day. The accommodation can
 * change until the candidate starts (a statement that arrives late); each change is a new version
 * of the calendar event the candidate was sent, so their calendar moves the end with it.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "written_seq")
    @SequenceGenerator(name = "written_seq", sequenceName = "written_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private ExamSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id", updatable = false)
    private Candidate candidate;

    @Column(name = "extra_time_percentage")
    private int extraTimePercentage;

    @Column(name = "accommodation_reason")
    private String accommodationReason;

    @Column(name = "extra_minutes")
    private int extraMinutes;

    @Column(name = "calendar_sequence")
    private int calendarSequence;

    @Column(name = "enrolled_at", updatable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", updatable = false)
    private String enrolledBy;

    @Version
    private long version;

    protected Enrolment() {}

    public Enrolment(
            ExamSession session,
            Candidate candidate,
            int extraTimePercentage,
            String accommodationReason,
            Instant enrolledAt,
            String enrolledBy) {
        requireValid(extraTimePercentage, accommodationReason);
        this.session = session;
        this.candidate = candidate;
        this.extraTimePercentage = extraTimePercentage;
        this.accommodationReason = stripped(extraTimePercentage, accommodationReason);
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
    }

    /** What a change of accommodation changed: the candidate's time needs a new calendar event, a reason does not. */
    public enum AccommodationChange {
        NONE,
        REASON,
        TIME
    }

    /**
     * Sets a new accommodation before the start. The caller makes sure no attempt exists: a started
     * attempt's deadline is fixed, and only minutes on the day ({@link #addMinutes}) move it.
     */
    public AccommodationChange changeAccommodation(int extraTimePercentage, String accommodationReason) {
        requireValid(extraTimePercentage, accommodationReason);
        String reason = stripped(extraTimePercentage, accommodationReason);
        if (extraTimePercentage != this.extraTimePercentage) {
            this.extraTimePercentage = extraTimePercentage;
            this.accommodationReason = reason;
            calendarSequence++;
            return AccommodationChange.TIME;
        }
        if (!Objects.equals(reason, this.accommodationReason)) {
            this.accommodationReason = reason;
            return AccommodationChange.REASON;
        }
        return AccommodationChange.NONE;
    }

    private static void requireValid(int extraTimePercentage, String accommodationReason) {
        if (extraTimePercentage < 0 || extraTimePercentage > 100) {
            throw RuleViolation.invalid("enrolment.extra.range");
        }
        if (extraTimePercentage > 0 && (accommodationReason == null || accommodationReason.isBlank())) {
            throw RuleViolation.invalid("enrolment.extra.reasonRequired");
        }
    }

    // Without extra time there is nothing for a reason to explain.
    private static String stripped(int extraTimePercentage, String accommodationReason) {
        return extraTimePercentage == 0 || accommodationReason == null || accommodationReason.isBlank()
                ? null
                : accommodationReason.strip();
    }

    public void addMinutes(int minutes) {
        if (minutes < 1 || minutes > 240) {
            throw RuleViolation.invalid("extraTime.minutes.range");
        }
        extraMinutes += minutes;
    }

    public Long id() {
        return id;
    }

    public ExamSession session() {
        return session;
    }

    public Candidate candidate() {
        return candidate;
    }

    public int extraTimePercentage() {
        return extraTimePercentage;
    }

    public String accommodationReason() {
        return accommodationReason;
    }

    public int extraMinutes() {
        return extraMinutes;
    }

    /** The version of the calendar event last sent: 0 for the invitation, one more per change. */
    public int calendarSequence() {
        return calendarSequence;
    }
}
