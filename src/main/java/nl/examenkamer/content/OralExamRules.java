package nl.examenkamer.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * The scheme's defaults for the oral exam: slot lengths, the rating scale, the pass rule (every
 * competence at least this rating), when a rating needs a written reason and when a gap between
 * the two examiners needs one.
 */
@Embeddable
public class OralExamRules {

    @Column(name = "oral_slot_minutes")
    private int slotMinutes;

    @Column(name = "oral_deliberation_minutes")
    private int deliberationMinutes;

    @Column(name = "oral_rating_scale")
    private String ratingScale;

    @Column(name = "oral_minimum_rating")
    private int minimumRating;

    @Column(name = "oral_reason_at_or_below")
    private int reasonRequiredAtOrBelow;

    @Column(name = "oral_reconciliation_gap_reason")
    private int reconciliationGapNeedingReason;

    protected OralExamRules() {}

    public OralExamRules(
            int slotMinutes,
            int deliberationMinutes,
            String ratingScale,
            int minimumRating,
            int reasonRequiredAtOrBelow,
            int reconciliationGapNeedingReason) {
        this.slotMinutes = slotMinutes;
        this.deliberationMinutes = deliberationMinutes;
        this.ratingScale = ratingScale;
        this.minimumRating = minimumRating;
        this.reasonRequiredAtOrBelow = reasonRequiredAtOrBelow;
        this.reconciliationGapNeedingReason = reconciliationGapNeedingReason;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public int deliberationMinutes() {
        return deliberationMinutes;
    }

    public String ratingScale() {
        return ratingScale;
    }

    public int minimumRating() {
        return minimumRating;
    }

    public int reasonRequiredAtOrBelow() {
        return reasonRequiredAtOrBelow;
    }

    public int reconciliationGapNeedingReason() {
        return reconciliationGapNeedingReason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OralExamRules that
                && slotMinutes == that.slotMinutes
                && deliberationMinutes == that.deliberationMinutes
                && Objects.equals(ratingScale, that.ratingScale)
                && minimumRating == that.minimumRating
                && reasonRequiredAtOrBelow == that.reasonRequiredAtOrBelow
                && reconciliationGapNeedingReason == that.reconciliationGapNeedingReason;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                slotMinutes,
                deliberationMinutes,
                ratingScale,
                minimumRating,
                reasonRequiredAtOrBelow,
                reconciliationGapNeedingReason);
    }
}
