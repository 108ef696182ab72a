package nl.examenkamer.oral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an oral exam's planning history: planned, rescheduled or cancelled, with what it became. */
@Entity
@Table(name = "oral_exam_change")
public class OralExamChange {

    public enum Kind {
        PLANNED,
        RESCHEDULED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oral_seq")
    @SequenceGenerator(name = "oral_seq", sequenceName = "oral_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_id")
    private Long examId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "room_id")
    private Long roomId;

    @Column(name = "chair_username")
    private String chair;

    @Column(name = "second_username")
    private String second;

    private String reason;

    protected OralExamChange() {}

    public OralExamChange(OralExam exam, Kind kind, String reason, Instant at, String by) {
        this.examId = exam.id();
        this.kind = kind;
        this.reason = reason;
        this.changedAt = at;
        this.changedBy = by;
        this.startsAt = exam.startsAt();
        this.roomId = exam.room().id();
        this.chair = exam.chair();
        this.second = exam.second();
    }

    public Kind kind() {
        return kind;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String reason() {
        return reason;
    }
}
