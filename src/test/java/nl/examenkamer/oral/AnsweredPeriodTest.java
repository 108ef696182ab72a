package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnsweredPeriodTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void coversItsFirstAndLastDateAndNothingOutside() {
        AnsweredPeriod week = new AnsweredPeriod(MONDAY, MONDAY.plusDays(6));

        assertTrue(week.covers(MONDAY));
        assertTrue(week.covers(MONDAY.plusDays(6)));
        assertFalse(week.covers(MONDAY.minusDays(1)));
        assertFalse(week.covers(MONDAY.plusDays(7)));
        assertTrue(week.covers(new AnsweredPeriod(MONDAY.plusDays(1), MONDAY.plusDays(2))));
        assertFalse(week.covers(new AnsweredPeriod(MONDAY.plusDays(6), MONDAY.plusDays(7))));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AnsweredPeriod(MONDAY, MONDAY.minusDays(1)));
    }
}
