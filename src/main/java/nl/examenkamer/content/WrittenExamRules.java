package nl.examenkamer.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The scheme's defaults for the written exam: length, time, cut score, extra time, and where the
 * item analysis flags an item for the board to look at, and the terms of an inspection (inzage).
 */
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

    @Column(name = "analysis_min_p")
    private BigDecimal analysisMinP;

    @Column(name = "analysis_max_p")
    private BigDecimal analysisMaxP;

    @Column(name = "analysis_min_rir")
    private BigDecimal analysisMinRir;

    @Column(name = "inzage_request_days")
    private int inzageRequestDays;

    @Column(name = "inzage_longest_window_days")
    private int inzageLongestWindowDays;

    protected WrittenExamRules() {}

    public WrittenExamRules(
            int items,
            int durationMinutes,
            CutScoreMethod cutScoreMethod,
            BigDecimal cutScorePercentage,
            CutScoreMethod alternativeCutScoreMethod,
            int extraTimePercentage,
            BigDecimal analysisMinP,
            BigDecimal analysisMaxP,
            BigDecimal analysisMinRir,
            int inzageRequestDays,
            int inzageLongestWindowDays) {
        this.items = items;
        this.durationMinutes = durationMinutes;
        this.cutScoreMethod = cutScoreMethod;
        this.cutScorePercentage = cutScorePercentage;
        this.alternativeCutScoreMethod = alternativeCutScoreMethod;
        this.extraTimePercentage = extraTimePercentage;
        this.analysisMinP = analysisMinP;
        this.analysisMaxP = analysisMaxP;
        this.analysisMinRir = analysisMinRir;
        this.inzageRequestDays = inzageRequestDays;
        this.inzageLongestWindowDays = inzageLongestWindowDays;
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

    /** An item answered correctly by fewer than this share of its candidates is flagged as too hard. */
    public BigDecimal analysisMinP() {
        return analysisMinP;
    }

    /** An item answered correctly by more than this share is flagged as too easy. */
    public BigDecimal analysisMaxP() {
        return analysisMaxP;
    }

    /** An item whose Rir is below this is flagged as measuring something else. */
    public BigDecimal analysisMinRir() {
        return analysisMinRir;
    }

    /** How long after publication a candidate may ask for an inspection. */
    public Duration inzageRequestPeriod() {
        return Duration.ofDays(inzageRequestDays);
    }

    /** The longest inspection window the board may plan. */
    public Duration inzageLongestWindow() {
        return Duration.ofDays(inzageLongestWindowDays);
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
                && extraTimePercentage == that.extraTimePercentage
                && same(analysisMinP, that.analysisMinP)
                && same(analysisMaxP, that.analysisMaxP)
                && same(analysisMinRir, that.analysisMinRir)
                && inzageRequestDays == that.inzageRequestDays
                && inzageLongestWindowDays == that.inzageLongestWindowDays;
    }

    // 0.3 and 0.30 are the same threshold: a re-import that only rewrites one is no change.
    private static boolean same(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, durationMinutes, cutScoreMethod, alternativeCutScoreMethod, extraTimePercentage);
    }
}
