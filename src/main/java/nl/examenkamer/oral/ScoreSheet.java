package nl.examenkamer.oral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.List;
import java.util.Map;

/**
 * One examiner's own form for one exam: a draft saved as they type, until they submit it. A
 * submitted form no longer changes; the other examiner sees it only once both have submitted.
 */
@Entity
@Table(name = "oral_sheet")
public class ScoreSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oral_seq")
    @SequenceGenerator(name = "oral_seq", sequenceName = "oral_seq", allocationSize = 50)
    private Long id;

    @Column(name = "exam_id", updatable = false)
    private Long examId;

    @Column(name = "examiner_username", updatable = false)
    private String examiner;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oral_sheet_rating", joinColumns = @JoinColumn(name = "sheet_id"))
    private List<RatingEntry> ratings = new ArrayList<>();

    @Version
    private long version;

    protected ScoreSheet() {}

    public ScoreSheet(long examId, String examiner) {
        this.examId = examId;
        this.examiner = examiner;
    }

    public void rate(Rating rating) {
        RatingEntry.put(ratings, rating);
    }

    public void submit(Instant at) {
        submittedAt = at;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    /** The ratings in form order, an unrated competence as an empty rating. */
    public Map<String, Rating> ratings(List<String> competences) {
        return RatingEntry.inFormOrder(ratings, competences);
    }

    public Long id() {
        return id;
    }

    public String examiner() {
        return examiner;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
