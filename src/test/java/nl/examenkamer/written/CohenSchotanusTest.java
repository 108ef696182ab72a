package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.examenkamer.content.ItemType;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class CohenSchotanusTest {

    /** 40 single-choice items of four options: blind guessing scores 10. */
    private static final double FOUR_OPTION_CHANCE = 10.0;

    @Test
    void blindGuessingScoresOneOptionOrOneNonEmptySetOfOptions() {
        assertEquals(0.25, CohenSchotanus.chance(ItemType.SINGLE, 4), 1e-12);
        assertEquals(1.0 / 3, CohenSchotanus.chance(ItemType.SINGLE, 3), 1e-12);
        assertEquals(1.0 / 15, CohenSchotanus.chance(ItemType.MULTIPLE, 4), 1e-12, "15 non-empty sets of 4 options");
        assertEquals(1.0 / 7, CohenSchotanus.chance(ItemType.MULTIPLE, 3), 1e-12);
    }

    @Test
    void theCutIsChancePlusSixtyPercentOfTheWayToThe95thPercentile() {
        // 20 candidates scoring 10, 11, ..., 29 of 40: the 19th of 20 (nearest rank) scored 28, 70 %
        List<CohenSchotanus.Taken> hall = new ArrayList<>();
        for (int raw = 10; raw <= 29; raw++) {
            hall.add(new CohenSchotanus.Taken(raw, 40, FOUR_OPTION_CHANCE));
        }
        CohenSchotanus.Outcome outcome = CohenSchotanus.of(hall);
        assertEquals(new BigDecimal("70.00"), outcome.reference());
        assertEquals(new BigDecimal("25.00"), outcome.chance());
        assertEquals(new BigDecimal("52.00"), outcome.cutPercentage(), "25 + 0.6 × (70 − 25)");
        assertEquals(21, Scoring.cutScore(40, outcome.cutPercentage()), "52 % of 40 is 20.8, rounded up; fixed: 26");
    }

    @Test
    void everyScoreCountsAsAPercentageOfItsOwnMaximum() {
        // a dropped item left one form at 39: 39 of 39 is the best score, 100 %
        List<CohenSchotanus.Taken> hall = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            hall.add(new CohenSchotanus.Taken(20, 40, FOUR_OPTION_CHANCE));
        }
        hall.add(new CohenSchotanus.Taken(39, 39, 9.75));
        hall.add(new CohenSchotanus.Taken(38, 39, 9.75));
        CohenSchotanus.Outcome outcome = CohenSchotanus.of(hall);
        assertEquals(new BigDecimal("97.44"), outcome.reference(), "38 of 39, the 19th of 20");
        assertEquals(new BigDecimal("25.00"), outcome.chance());
        assertEquals(new BigDecimal("68.46"), outcome.cutPercentage(), "25 + 0.6 × 72.44 = 68.464");
    }

    @Test
    void fewerThanTwentyScoredAttemptsAreRefusedWithBothNumbers() {
        List<CohenSchotanus.Taken> hall = new ArrayList<>();
        for (int raw = 11; raw <= 29; raw++) {
            hall.add(new CohenSchotanus.Taken(raw, 40, FOUR_OPTION_CHANCE));
        }
        // a form whose every item was dropped does not count
        hall.add(new CohenSchotanus.Taken(0, 0, 0));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CohenSchotanus.of(hall));
        assertEquals("cutScore.cohenSchotanus.tooFew", refused.messageKey());
        assertArrayEquals(new Object[] {20, 19}, refused.arguments());
    }

    @Test
    void aHallThatDidNoBetterThanGuessingHasNoCohenSchotanusCut() {
        List<CohenSchotanus.Taken> hall = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            hall.add(new CohenSchotanus.Taken(10, 40, FOUR_OPTION_CHANCE));
        }
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CohenSchotanus.of(hall));
        assertEquals("cutScore.cohenSchotanus.belowChance", refused.messageKey());
    }
}
