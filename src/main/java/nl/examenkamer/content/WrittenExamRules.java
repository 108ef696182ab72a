package nl.examenkamer.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/** The scheme's defaults for the written exam: length, time, cut score and extra time. */
@Embeddable
public class WrittenExamRules {

    @Column(name = "written_items")
    private int items;

    @Column(name = "written_duration_minutes")
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "cut_score_method")
    private CutScoreMethod cutScoreMethod;

    @Column(name = "cut_score_percentage")
    private BigDecimal cutScorePercentage;

    @Enumerated(EnumType.STRING)
    @Column(name = "alternative_cut_score_method")
    private CutScoreMethod alternativeCutScoreMethod;

    @Column(name = "extra_time_percentage")
    private int extraTimePercentage;

    protected WrittenExamRules() {}

    public WrittenExamRules(
            int items,
            int durationMinutes,
            CutScoreMethod cutScoreMethod,
            BigDecimal cutScorePercentage,
            CutScoreMethod alternativeCutScoreMethod,
            int extraTimePercentage) {
        this.items = items;
        this.durationMinutes = durationMinutes;
        this.cutScoreMethod = cutScoreMethod;
        this.cutScorePercentage = cutScorePercentage;
        this.alternativeCutScoreMethod = alternativeCutScoreMethod;
        this.extraTimePercentage = extraTimePercentage;
    }

    public int items() {
        return items;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public CutScoreMethod cutScoreMethod() {
        return cutScoreMethod;
    }

    public BigDecimal cutScorePercentage() {
        return cutScorePercentage;
    }

    public CutScoreMethod alternativeCutScoreMethod() {
        return alternativeCutScoreMethod;
    }

    public int extraTimePercentage() {
        return extraTimePercentage;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrittenExamRules that
                && items == that.items
                && durationMinutes == that.durationMinutes
                && cutScoreMethod == that.cutScoreMethod
                && cutScorePercentage != null
                && that.cutScorePercentage != null
                && cutScorePercentage.compareTo(that.cutScorePercentage) == 0
                && alternativeCutScoreMethod == that.alternativeCutScoreMethod
                && extraTimePercentage == that.extraTimePercentage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, durationMinutes, cutScoreMethod, alternativeCutScoreMethod, extraTimePercentage);
    }
}
