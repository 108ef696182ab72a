package nl.examenkamer.oral;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the scoring pages and the API show of a form; built from the frozen form, never from entities. */
public final class FormViews {

    private FormViews() {}

    public record CompetenceView(String code, String name, boolean core, String definition, List<String> indicators)
            implements Serializable {}

    public record LevelView(int level, String name, String description) implements Serializable {}

    public record RatingView(String competence, Integer level, String reason, String notes) implements Serializable {

        static RatingView of(Rating rating) {
            return new RatingView(rating.competence(), rating.level(), rating.reason(), rating.notes());
        }
    }

    /** An examiner's own form. */
    public record SheetView(
            OralExamView exam,
            String examiner,
            boolean chair,
            List<CompetenceView> competences,
            List<LevelView> levels,
            int reasonRequiredAtOrBelow,
            List<RatingView> ratings,
            Instant submittedAt)
            implements Serializable {}

    /** One competence side by side: both independent ratings and the agreed one. */
    public record AgreementRow(
            String competence,
            String name,
            RatingView chair,
            RatingView second,
            int gap,
            boolean gapNeedsReason,
            RatingView agreed)
            implements Serializable {}

    public record AgreementView(
            OralExamView exam,
            boolean chair,
            List<CompetenceView> competences,
            List<LevelView> levels,
            int reasonRequiredAtOrBelow,
            List<AgreementRow> rows,
            int versionNo,
            String status,
            Boolean passed,
            List<String> deciding,
            Instant finalisedAt,
            Instant chairSignedAt,
            Instant secondSignedAt)
            implements Serializable {}

    /** What the candidate (and the PDF) shows once the board has released the result. */
    public record ResultRow(String competence, String name, int level, String levelName, String reason, String feedback)
            implements Serializable {}

    public record ResultView(
            long examId,
            String candidateNumber,
            String candidateName,
            String title,
            OralExamView exam,
            boolean passed,
            List<String> decidingNames,
            List<ResultRow> rows,
            int versionNo,
            Instant releasedAt)
            implements Serializable {

        public String decidingText() {
            return String.join(", ", decidingNames);
        }
    }

    /** One version of the agreed form, for the board's correction history. */
    public record VerdictVersion(
            int versionNo,
            String status,
            Boolean passed,
            String createdBy,
            String correctionReason,
            Instant finalisedAt,
            List<RatingView> ratings)
            implements Serializable {}

    static List<CompetenceView> competences(OralExam exam) {
        return exam.competences().stream()
                .map(c -> new CompetenceView(c.code(), c.name(), c.core(), c.definition(), c.indicators()))
                .toList();
    }

    static List<LevelView> levels(OralExam exam) {
        return exam.levels().stream()
                .map(l -> new LevelView(l.level(), l.name(), l.description()))
                .toList();
    }
}
