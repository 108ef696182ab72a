package nl.examenkamer.oral.web;

import java.io.Serializable;
import nl.examenkamer.oral.FormViews;
import nl.examenkamer.oral.Rating;

/** What the page edits for one competence: a rating with its reason and notes. */
public class RatingDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer level;
    private String reason;
    private String notes;

    static RatingDraft of(FormViews.RatingView rating) {
        RatingDraft draft = new RatingDraft();
        draft.level = rating.level();
        draft.reason = rating.reason();
        draft.notes = rating.notes();
        return draft;
    }

    Rating toRating(String competence) {
        return new Rating(competence, level, reason, notes);
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
