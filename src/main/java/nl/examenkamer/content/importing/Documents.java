package nl.examenkamer.content.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import nl.examenkamer.content.CompetenceScope;
import nl.examenkamer.content.CutScoreMethod;
import nl.examenkamer.content.ItemStatus;
import nl.examenkamer.content.ItemType;

/**
 * The content files as read and checked on their own, before references between files are
 * checked and before anything is stored. One record per kind of file; exam-content/README.md
 * documents each kind's fields.
 */
public final class Documents {

    private Documents() {}

    public record Title(String code, String name, String description) {}

    public record LegalDomain(String code, String name) {}

    public record Admission(
            BigDecimal minContactHours,
            BigDecimal minStudyLoadHours,
            BigDecimal minThemeContactHours,
            List<At<String>> themes) {}

    public record WrittenExamRules(
            int items,
            int durationMinutes,
            CutScoreMethod cutScoreMethod,
            BigDecimal cutScorePercentage,
            CutScoreMethod alternativeCutScoreMethod,
            int extraTimePercentage,
            ItemAnalysisFlags itemAnalysis,
            InzageTerms inzage) {}

    public record InzageTerms(int requestDays, int longestWindowDays) {}

    public record ItemAnalysisFlags(BigDecimal minP, BigDecimal maxP, BigDecimal minRir) {}

    public record OralExamRules(
            int slotMinutes,
            int deliberationMinutes,
            At<String> ratingScale,
            int minimumRating,
            int reasonRequiredAtOrBelow,
            int reconciliationGapNeedingReason) {}

    public record CertificationScheme(
            String file,
            String code,
            String name,
            String register,
            List<Title> titles,
            List<LegalDomain> legalDomains,
            Admission admission,
            WrittenExamRules written,
            OralExamRules oral) {}

    public record RecertificationCompetency(String name, String group) {}

    public record RecertificationScheme(
            String file,
            String code,
            String name,
            String owner,
            BigDecimal activityHoursPerPoint,
            BigDecimal maxPointsPerActivity,
            BigDecimal maxPeerConsultationPoints,
            BigDecimal requiredPoints,
            int minIntervisionReports,
            int workYearsRequired,
            int workWindowYears,
            BigDecimal minAverageFte,
            int starrExamplesPerCompetency,
            int strengthsPerCompetency,
            int developmentPointsPerCompetency,
            List<RecertificationCompetency> competencies) {}

    public record Indicator(String text, String source) {}

    public record Competence(
            String file,
            String code,
            String name,
            At<String> scheme,
            CompetenceScope scope,
            List<At<String>> titles,
            int position,
            String definition,
            String definitionSource,
            List<Indicator> indicators,
            String note) {}

    public record RatingLevel(int rating, String name, String description, String source) {}

    public record RatingScale(String file, String code, String name, List<RatingLevel> levels) {}

    /**
     * A learning outcome. {@code asInSeed} holds the seed's exact wording where {@code text}
     * corrects an obvious typing error in it (the seed test compares that wording instead).
     */
    public record LearningOutcome(String code, String level, String group, String text, String asInSeed, int line) {}

    public record Theme(
            String file, String code, String name, int position, String source, List<LearningOutcome> outcomes) {}

    public record LegalSource(
            String code,
            String kind,
            String citation,
            String title,
            LocalDate effectiveFrom,
            String url,
            String note,
            int line) {}

    public record Legislation(
            String file, String act, String abbreviation, LocalDate checkedOn, List<LegalSource> sources) {}

    public record Item(
            String file,
            String code,
            String label,
            ItemStatus status,
            ItemType type,
            At<String> theme,
            At<String> legalDomain,
            List<At<String>> titles,
            String author,
            String reviewer,
            LocalDate reviewedOn,
            String caseText,
            String question,
            LinkedHashMap<String, String> options,
            List<String> key,
            String rationale,
            List<At<String>> sources,
            String note) {}

    public record BlueprintCell(At<String> theme, At<String> legalDomain, int items, int line) {}

    public record Blueprint(
            String file,
            String code,
            String name,
            At<String> scheme,
            At<String> title,
            int items,
            int durationMinutes,
            CutScoreMethod cutScoreMethod,
            BigDecimal cutScorePercentage,
            CutScoreMethod alternativeCutScoreMethod,
            List<BlueprintCell> cells) {}
}
