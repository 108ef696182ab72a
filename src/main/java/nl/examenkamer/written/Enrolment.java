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
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.shared.RuleViolation;

/**
 * A candidate enrolled in a session, with their accommodation (extra time as a percentage of the
 * duration, with its reason) and any minutes the board added on the day.
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
        if (extraTimePercentage < 0 || extraTimePercentage > 100) {
            throw RuleViolation.invalid("enrolment.extra.range");
        }
        if (extraTimePercentage > 0 && (accommodationReason == null || accommodationReason.isBlank())) {
            throw RuleViolation.invalid("enrolment.extra.reasonRequired");
        }
        this.session = session;
        this.candidate = candidate;
        this.extraTimePercentage = extraTimePercentage;
        this.accommodationReason =
                accommodationReason == null || accommodationReason.isBlank() ? null : accommodationReason.strip();
        this.enrolledAt = enrolledAt;
        this.enrolledBy = enrolledBy;
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
}
