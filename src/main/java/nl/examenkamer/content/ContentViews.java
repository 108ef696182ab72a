package nl.examenkamer.content;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The rest of exam-content as the board's pages and the API show it. */
public final class ContentViews {

    private ContentViews() {}

    /** One cell of a blueprint against the active items that can fill it. */
    public record CellCoverage(String theme, String legalDomain, int required, long available) implements Serializable {

        public boolean fillable() {
            return available >= required;
        }

        /** Fillable, but with no more than one spare item per drawn item: forms will look alike. */
        public boolean tight() {
            return fillable() && available < required * 2L;
        }
    }

    public record BlueprintCoverage(
            String code,
            String name,
            String title,
            int items,
            int durationMinutes,
            CutScoreMethod cutScoreMethod,
            BigDecimal cutScorePercentage,
            List<CellCoverage> cells)
            implements Serializable {

        public boolean fillable() {
            return cells.stream().allMatch(CellCoverage::fillable);
        }
    }

    public record IndicatorView(String text, String source) implements Serializable {}

    public record CompetenceView(
            String code,
            String name,
            CompetenceScope scope,
            List<String> titles,
            String definition,
            String definitionSource,
            List<IndicatorView> indicators,
            String note)
            implements Serializable {}

    public record LevelView(int rating, String name, String description, String source) implements Serializable {}

    public record ScaleView(String code, String name, List<LevelView> levels) implements Serializable {}

    public record OutcomeView(String code, String level, String group, String text) implements Serializable {}

    public record ThemeView(String code, String name, String source, List<OutcomeView> outcomes)
            implements Serializable {}

    public record LegalSourceView(
            String code,
            String kind,
            String act,
            String citation,
            String title,
            LocalDate effectiveFrom,
            LocalDate checkedOn,
            String url,
            String note)
            implements Serializable {}

    public record ImportView(Instant importedAt, String importedBy, String origin, ImportReport report)
            implements Serializable {}

    public record TitleView(String code, String name, String description) implements Serializable {}
}
