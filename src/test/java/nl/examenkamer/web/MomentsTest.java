package nl.examenkamer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MomentsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate EXAM_DAY = LocalDate.of(2026, 12, 4);

    @Test
    void aMomentOnTheExamDayIsShownAsATimeInTheZoneOfThePlatform() {
        assertEquals("14:05", Moments.timeOn(EXAM_DAY, Instant.parse("2026-12-04T13:05:00Z"), AMSTERDAM));
    }

    @Test
    void aMomentPastMidnightInTheZoneKeepsItsDateEvenWhileItIsStillTheExamDayInUtc() {
        assertEquals("2026-12-05 00:30", Moments.timeOn(EXAM_DAY, Instant.parse("2026-12-04T23:30:00Z"), AMSTERDAM));
    }

    @Test
    void noMomentIsShownAsNothing() {
        assertEquals("", Moments.timeOn(EXAM_DAY, null, AMSTERDAM));
    }
}
