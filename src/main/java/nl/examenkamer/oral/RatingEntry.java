package nl.examenkamer.oral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Replaces the entry of the rating's competence (a form holds one per competence). */
    static void put(List<RatingEntry> entries, Rating rating) {
        entries.removeIf(entry -> entry.competence.equals(rating.competence()));
        entries.add(new RatingEntry(rating));
    }

    /** The ratings in form order, an unrated competence as an empty rating. */
    static Map<String, Rating> inFormOrder(List<RatingEntry> entries, List<String> competences) {
        Map<String, Rating> inOrder = new LinkedHashMap<>();
        for (String competence : competences) {
            inOrder.put(competence, Rating.empty(competence));
        }
        for (RatingEntry entry : entries) {
            if (inOrder.containsKey(entry.competence)) {
                inOrder.put(entry.competence, entry.toRating());
            }
        }
        return inOrder;
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
