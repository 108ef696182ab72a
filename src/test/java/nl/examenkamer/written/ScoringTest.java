package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private static final BigDecimal SIXTY_FIVE = new BigDecimal("65");

    @Test
    void anItemScoresOnlyWhenTheMarkedOptionsAreExactlyTheKey() {
        assertTrue(new Scoring.ScoredItem(1, "t", Set.of("B"), Set.of("B")).correct());
        assertFalse(new Scoring.ScoredItem(1, "t", Set.of("B"), Set.of("A")).correct());
        assertFalse(new Scoring.ScoredItem(1, "t", Set.of("B"), Set.of()).correct());
        assertTrue(new Scoring.ScoredItem(1, "t", Set.of("A", "C"), Set.of("C", "A")).correct());
        assertFalse(new Scoring.ScoredItem(1, "t", Set.of("A", "C"), Set.of("A")).correct(), "half right is wrong");
        assertFalse(new Scoring.ScoredItem(1, "t", Set.of("A", "C"), Set.of("A", "C", "D")).correct(), "one too many");
    }

    @Test
    void theCutScoreIs65PercentOfTheMaximumRoundedUp() {
        assertEquals(26, Scoring.cutScore(40, SIXTY_FIVE));
        assertEquals(20, Scoring.cutScore(30, SIXTY_FIVE), "19.5 rounds up to 20");
        assertEquals(13, Scoring.cutScore(20, SIXTY_FIVE));
    }

    /** Grades by hand: below the cut 1 + 4.5 × raw / 26; from the cut 5.5 + 4.5 × (raw − 26) / 14. */
    @ParameterizedTest
    @CsvSource({"0,1.0", "13,3.3", "25,5.3", "26,5.5", "33,7.8", "39,9.7", "40,10.0"})
    void gradesRunFromOneToTenWithFiveAndAHalfAtTheCut(int raw, String grade) {
        assertEquals(new BigDecimal(grade), Scoring.grade(raw, 40, 26));
    }

    @Test
    void justBelowTheCutNeverRoundsUpToAPass() {
        // 1 + 4.5 × 99/100 = 5.455 would round to 5.5
        assertEquals(new BigDecimal("5.4"), Scoring.grade(99, 150, 100));
    }

    @Test
    void anAttemptGetsRawScorePercentagePerThemeScoresGradeAndPassFail() {
        List<Scoring.ScoredItem> items = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String theme = i <= 20 ? "wettelijk-kader" : i <= 30 ? "arbeid-en-gezondheid" : "professionaliseren";
            boolean right = i % 4 != 0; // 30 of 40 right
            items.add(new Scoring.ScoredItem(i, theme, Set.of("A"), Set.of(right ? "A" : "B")));
        }
        Scoring.Result result = Scoring.score(items, SIXTY_FIVE);
        assertEquals(30, result.raw());
        assertEquals(40, result.max());
        assertEquals(26, result.cutScore());
        assertEquals(new BigDecimal("75.00"), result.percentage());
        assertEquals(new BigDecimal("6.8"), result.grade());
        assertTrue(result.passed());
        assertEquals(new Scoring.ThemeScore(15, 20), result.themes().get("wettelijk-kader"));
        assertEquals(new Scoring.ThemeScore(8, 10), result.themes().get("arbeid-en-gezondheid"));
        assertEquals(new Scoring.ThemeScore(7, 10), result.themes().get("professionaliseren"));
        assertEquals(30, result.correctPositions().size());
    }

    @Test
    void twentyFiveOfFortyFails() {
        List<Scoring.ScoredItem> items = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            items.add(new Scoring.ScoredItem(i, "t", Set.of("A"), i <= 25 ? Set.of("A") : Set.of()));
        }
        Scoring.Result result = Scoring.score(items, SIXTY_FIVE);
        assertFalse(result.passed());
        assertEquals(new BigDecimal("5.3"), result.grade());
    }
    /** 25 of 40 right, the last 15 left open; the neutralised items are among the open ones unless said. */
    private static List<Scoring.ScoredItem> twentyFiveRight(Map<Integer, Neutralisation.Mode> neutralised) {
        List<Scoring.ScoredItem> items = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            String theme = i <= 30 ? "wettelijk-kader" : "professionaliseren";
            items.add(new Scoring.ScoredItem(
                    i, theme, Set.of("A"), i <= 25 ? Set.of("A") : Set.of(), neutralised.get(i)));
        }
        return items;
    }

    @Test
    void anItemCreditedToAllGivesItsPointToThoseWhoMissedItAndChangesNothingForThoseWhoHadIt() {
        Scoring.Result credited = Scoring.score(twentyFiveRight(Map.of(40, Neutralisation.Mode.CREDIT)), SIXTY_FIVE);
        assertEquals(26, credited.raw());
        assertEquals(40, credited.max());
        assertTrue(credited.passed(), "26 of 40 is the cut");
        assertEquals(new BigDecimal("5.5"), credited.grade());
        assertEquals(new Scoring.ThemeScore(1, 10), credited.themes().get("professionaliseren"));
        assertTrue(credited.correctPositions().contains(40));

        Scoring.Result creditedWhenRight =
                Scoring.score(twentyFiveRight(Map.of(1, Neutralisation.Mode.CREDIT)), SIXTY_FIVE);
        assertEquals(25, creditedWhenRight.raw());
    }

    @Test
    void aDroppedItemLeavesScoreAndMaximumAndTheCutScoreFollows() {
        Scoring.Result oneDropped = Scoring.score(twentyFiveRight(Map.of(40, Neutralisation.Mode.DROP)), SIXTY_FIVE);
        assertEquals(25, oneDropped.raw());
        assertEquals(39, oneDropped.max());
        assertEquals(26, oneDropped.cutScore(), "65 % of 39 is 25.35, rounded up");
        assertFalse(oneDropped.passed());
        assertEquals(new Scoring.ThemeScore(0, 9), oneDropped.themes().get("professionaliseren"));

        Scoring.Result twoDropped = Scoring.score(
                twentyFiveRight(Map.of(39, Neutralisation.Mode.DROP, 40, Neutralisation.Mode.DROP)), SIXTY_FIVE);
        assertEquals(38, twoDropped.max());
        assertEquals(25, twoDropped.cutScore(), "65 % of 38 is 24.7, rounded up");
        assertTrue(twoDropped.passed());
        assertEquals(new BigDecimal("65.79"), twoDropped.percentage());

        Scoring.Result rightOneDropped =
                Scoring.score(twentyFiveRight(Map.of(1, Neutralisation.Mode.DROP)), SIXTY_FIVE);
        assertEquals(24, rightOneDropped.raw(), "a dropped item's point goes too");
        assertFalse(rightOneDropped.correctPositions().contains(1));
    }
}
