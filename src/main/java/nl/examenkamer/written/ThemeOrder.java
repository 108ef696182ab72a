package nl.examenkamer.written;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.examenkamer.content.ContentViews;

/**
 * A result's scores per theme in the curriculum's order (arbeid en gezondheid, arbeid en
 * organisatie, wettelijk kader, professionaliseren), the order in which the candidate sees the themes
 * everywhere else, named as the curriculum names them. A theme the curriculum no longer has comes
 * last, under its code.
 */
final class ThemeOrder {

    private final List<ContentViews.ThemeView> themes;

    private ThemeOrder(List<ContentViews.ThemeView> themes) {
        this.themes = themes;
    }

    static ThemeOrder of(List<ContentViews.ThemeView> curriculumThemes) {
        return new ThemeOrder(List.copyOf(curriculumThemes));
    }

    List<ExamResult.ThemeResult> sorted(Map<String, Scoring.ThemeScore> scores) {
        return scores.keySet().stream()
                .sorted(byCurriculum())
                .map(code -> new ExamResult.ThemeResult(
                        code,
                        name(code),
                        scores.get(code).raw(),
                        scores.get(code).max()))
                .toList();
    }

    /** Theme codes in the curriculum's order; codes it no longer has after them, alphabetically. */
    Comparator<String> byCurriculum() {
        return Comparator.comparingInt(this::position).thenComparing(Comparator.naturalOrder());
    }

    private int position(String code) {
        for (int i = 0; i < themes.size(); i++) {
            if (themes.get(i).code().equals(code)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    String name(String code) {
        return themes.stream()
                .filter(theme -> theme.code().equals(code))
                .map(ContentViews.ThemeView::name)
                .findFirst()
                .orElse(code);
    }
}
