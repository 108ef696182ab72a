package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.examenkamer.content.ContentViews;
import org.junit.jupiter.api.Test;

class ThemeOrderTest {

    private static final List<ContentViews.ThemeView> CURRICULUM = List.of(
            theme("arbeid-en-gezondheid", "Arbeid en gezondheid"),
            theme("arbeid-en-organisatie", "Arbeid en organisatie"),
            theme("wettelijk-kader", "Wettelijk kader"),
            theme("professionaliseren", "Professionaliseren"));

    @Test
    void themesComeInTheCurriculumsOrderNotTheAlphabets() {
        List<ExamResult.ThemeResult> sorted = ThemeOrder.of(CURRICULUM)
                .sorted(Map.of(
                        "professionaliseren", new Scoring.ThemeScore(3, 5),
                        "wettelijk-kader", new Scoring.ThemeScore(20, 23),
                        "arbeid-en-gezondheid", new Scoring.ThemeScore(4, 5),
                        "arbeid-en-organisatie", new Scoring.ThemeScore(6, 7)));
        assertEquals(
                List.of("Arbeid en gezondheid", "Arbeid en organisatie", "Wettelijk kader", "Professionaliseren"),
                sorted.stream().map(ExamResult.ThemeResult::themeName).toList());
        assertEquals(new ExamResult.ThemeResult("wettelijk-kader", "Wettelijk kader", 20, 23), sorted.get(2));
    }

    @Test
    void aThemeTheCurriculumNoLongerHasComesLastUnderItsCode() {
        List<ExamResult.ThemeResult> sorted = ThemeOrder.of(CURRICULUM)
                .sorted(Map.of(
                        "oud-thema", new Scoring.ThemeScore(1, 2),
                        "professionaliseren", new Scoring.ThemeScore(3, 5)));
        assertEquals(
                List.of("Professionaliseren", "oud-thema"),
                sorted.stream().map(ExamResult.ThemeResult::themeName).toList());
    }

    private static ContentViews.ThemeView theme(String code, String name) {
        return new ContentViews.ThemeView(code, name, "seed", List.of());
    }
}
