package nl.examenkamer.oral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A day of oral exams at one location (or online), with its rooms. */
@Entity
@Table(name = "oral_exam_day")
public class OralExamDay {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oral_seq")
    @SequenceGenerator(name = "oral_seq", sequenceName = "oral_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_date")
    private LocalDate date;

    private String location;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "examiners_asked_at")
    private Instant examinersAskedAt;

    @Version
    private long version;

    protected OralExamDay() {}

    public OralExamDay(LocalDate date, String location, Instant createdAt, String createdBy) {
        this.date = date;
        this.location = location;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public String location() {
        return location;
    }

    /** When the board last asked its examiners for this day; null when it never did. */
    public Instant examinersAskedAt() {
        return examinersAskedAt;
    }

    public void examinersAsked(Instant at) {
        examinersAskedAt = at;
    }
}
