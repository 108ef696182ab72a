package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A candidate's accommodation, as enrolled and as changed before the start. */
class EnrolmentTest {

    private static final Instant ENROLLED = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void extraTimeNeedsAGroundAndStaysWithinTheDuration() {
        assertEquals(
                "enrolment.extra.reasonRequired",
                assertThrows(RuleViolation.class, () -> enrolment(25, " ")).messageKey());
        assertEquals(
                "enrolment.extra.range",
                assertThrows(RuleViolation.class, () -> enrolment(101, "Verklaring"))
                        .messageKey());
        assertEquals(
                "enrolment.extra.range",
                assertThrows(RuleViolation.class, () -> enrolment(-1, null)).messageKey());
    }

    @Test
    void aNewPercentageIsANewVersionOfTheCandidatesCalendarEvent() {
        Enrolment enrolment = enrolment(0, null);
        assertEquals(0, enrolment.calendarSequence(), "the invitation");

        assertEquals(Enrolment.AccommodationChange.TIME, enrolment.changeAccommodation(25, " Dyslexieverklaring "));
        assertEquals(25, enrolment.extraTimePercentage());
        assertEquals("Dyslexieverklaring", enrolment.accommodationReason());
        assertEquals(1, enrolment.calendarSequence());

        assertEquals(Enrolment.AccommodationChange.TIME, enrolment.changeAccommodation(0, "Verklaring ingetrokken"));
        assertEquals(0, enrolment.extraTimePercentage());
        assertNull(enrolment.accommodationReason(), "without extra time there is no ground to keep");
        assertEquals(2, enrolment.calendarSequence());
    }

    @Test
    void aNewGroundForTheSameTimeIsNoNewCalendarEvent() {
        Enrolment enrolment = enrolment(25, "Dyslexieverklaring");
        assertEquals(
                Enrolment.AccommodationChange.REASON,
                enrolment.changeAccommodation(25, "Dyslexieverklaring, vernieuwd 2026"));
        assertEquals("Dyslexieverklaring, vernieuwd 2026", enrolment.accommodationReason());
        assertEquals(0, enrolment.calendarSequence(), "the candidate's time did not change");
        assertEquals(
                Enrolment.AccommodationChange.NONE,
                enrolment.changeAccommodation(25, " Dyslexieverklaring, vernieuwd 2026"));
    }

    @Test
    void aRefusedChangeLeavesTheAccommodationAsItWas() {
        Enrolment enrolment = enrolment(25, "Dyslexieverklaring");
        assertEquals(
                "enrolment.extra.reasonRequired",
                assertThrows(RuleViolation.class, () -> enrolment.changeAccommodation(50, ""))
                        .messageKey());
        assertEquals(
                "enrolment.extra.range",
                assertThrows(RuleViolation.class, () -> enrolment.changeAccommodation(150, "Verklaring"))
                        .messageKey());
        assertEquals(25, enrolment.extraTimePercentage());
        assertEquals("Dyslexieverklaring", enrolment.accommodationReason());
        assertEquals(0, enrolment.calendarSequence());
    }

    // The accommodation's rules need neither the session nor the candidate.
    private static Enrolment enrolment(int extraTimePercentage, String reason) {
        return new Enrolment(null, null, extraTimePercentage, reason, ENROLLED, "bestuur");
    }
}
