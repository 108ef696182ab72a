package nl.examenkamer.oral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The agreed form of an oral exam, one version. The examiners' agreement is version 1: the chair
 * fills it in with the second examiner, finalises it (from then on it never changes) and both
 * sign. A correction by the board is a new, finalised version with its reason.
 */
@Entity
@Table(name = "oral_verdict")
public class Verdict {

    public enum Status {
        DRAFT,
        FINALISED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oral_seq")
    @SequenceGenerator(name = "oral_seq", sequenceName = "oral_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_id", updatable = false)
    private Long examId;

    @Column(name = "version_no", updatable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Boolean passed;

    /** The deciding competencies, comma-separated, in form order. */
    private String deciding;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "finalised_by")
    private String finalisedBy;

    @Column(name = "chair_signed_at")
    private Instant chairSignedAt;

    @Column(name = "second_signed_at")
    private Instant secondSignedAt;

    @Column(name = "correction_reason", updatable = false)
    private String correctionReason;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oral_verdict_rating", joinColumns = @JoinColumn(name = "verdict_id"))
    private List<RatingEntry> ratings = new ArrayList<>();

    @Version
    private long version;

    protected Verdict() {}

    public Verdict(long examId, int versionNo, String correctionReason, Instant createdAt, String createdBy) {
        this.examId = examId;
        this.versionNo = versionNo;
        this.correctionReason = correctionReason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = Status.DRAFT;
    }

    public void rate(Rating rating) {
        requireDraft();
        RatingEntry.put(ratings, rating);
    }

    public void finalise(PassRule.Outcome outcome, Instant at, String by) {
        requireDraft();
        status = Status.FINALISED;
        passed = outcome.passed();
        deciding = String.join(",", outcome.deciding());
        finalisedAt = at;
        finalisedBy = by;
    }

    /** Both examiners sign the finalised agreement; a board correction is signed by its version. */
    public void sign(boolean asChair, Instant at) {
        if (asChair) {
            chairSignedAt = chairSignedAt == null ? at : chairSignedAt;
        } else {
            secondSignedAt = secondSignedAt == null ? at : secondSignedAt;
        }
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("A finalised form never changes");
        }
    }

    public Map<String, Rating> ratings(List<String> competences) {
        return RatingEntry.inFormOrder(ratings, competences);
    }

    public boolean finalised() {
        return status == Status.FINALISED;
    }

    public boolean signedByBoth() {
        return chairSignedAt != null && secondSignedAt != null;
    }

    public boolean isCorrection() {
        return correctionReason != null;
    }

    public Long id() {
        return id;
    }

    public int versionNo() {
        return versionNo;
    }

    public Status status() {
        return status;
    }

    public Boolean passed() {
        return passed;
    }

    public List<String> deciding() {
        return deciding == null || deciding.isEmpty() ? List.of() : Arrays.asList(deciding.split(","));
    }

    public Instant finalisedAt() {
        return finalisedAt;
    }

    public String finalisedBy() {
        return finalisedBy;
    }

    public Instant chairSignedAt() {
        return chairSignedAt;
    }

    public Instant secondSignedAt() {
        return secondSignedAt;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public String createdBy() {
        return createdBy;
    }
}
