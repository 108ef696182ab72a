package nl.examenkamer.oral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * How a rating is stored on a form: competence, level, reason and notes. Equality covers every
 * field, so that the persistence provider rewrites only the row of the competence that changed.
 */
@Embeddable
public class RatingEntry {

    private String competence;

    @Column(name = "level_value")
    private Integer level;

    private String reason;
    private String notes;

    protected RatingEntry() {}

    RatingEntry(Rating rating) {
        this(rating.competence(), rating.level(), rating.reason(), rating.notes());
    }

    RatingEntry(String competence, Integer level, String reason, String notes) {
        this.competence = competence;
        this.level = level;
        this.reason = blankToNull(reason);
        this.notes = blankToNull(notes);
    }

    String competence() {
        return competence;
    }

    Rating toRating() {
        return new Rating(competence, level, reason, notes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RatingEntry that
                && Objects.equals(competence, that.competence)
                && Objects.equals(level, that.level)
                && Objects.equals(reason, that.reason)
                && Objects.equals(notes, that.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(competence, level, reason, notes);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
