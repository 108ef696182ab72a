package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The board's plan of a session: the window opens on the exam date and is still to come, in Dutch time. */
class ExamSessionPlanTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @Test
    void aWindowOpeningLateOnTheExamDateInTheNetherlandsIsAccepted() {
        // 23:30 in Amsterdam (CET, UTC+1) is 22:30 UTC, still the 4th
        ExamSession session = session(Instant.parse("2026-12-04T22:30:00Z"));
        assertEquals(DAY, session.examDate());
    }

    @Test
    void aWindowOpeningOnTheNextDayInTheNetherlandsIsRefusedThoughItIsTheExamDateInUtc() {
        // 23:30 UTC on the 4th is 00:30 on the 5th in Amsterdam
        RuleViolation refused = assertThrows(RuleViolation.class, () -> session(Instant.parse("2026-12-04T23:30:00Z")));
        assertEquals("session.window.date", refused.messageKey());
    }

    @Test
    void aWindowOpeningTheDayBeforeIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> session(Instant.parse("2026-12-03T09:00:00Z")));
        assertEquals("session.window.date", refused.messageKey());
    }

    @Test
    void aWindowThatClosedBeforeTheSessionIsPlannedIsRefusedWithItsEndInDutchTime() {
        Instant opens = Instant.parse("2026-12-04T08:00:00Z");
        ExamSession.Plan lastYear = plan(opens);

        RuleViolation refused = assertThrows(
                RuleViolation.class, () -> ScheduledSessions.rccm(lastYear, opens.plus(Duration.ofHours(2))));

        assertEquals("session.window.past", refused.messageKey());
        assertEquals("2026-12-04 11:00", refused.arguments()[0], "the window's end, 10:00 UTC, in Amsterdam");
    }

    @Test
    void aWindowStillOpenWhenPlannedIsAccepted() {
        Instant opens = Instant.parse("2026-12-04T08:00:00Z");
        ScheduledSessions.rccm(plan(opens), opens.plus(Duration.ofMinutes(119)));
    }

    @Test
    void aCandidateWhoComesEarlyIsToldTheStartInDutchTimeNotUtc() {
        ExamSession session = session(Instant.parse("2026-12-04T08:00:00Z"));

        RuleViolation early = assertThrows(
                RuleViolation.class, () -> session.requireStartableAt(Instant.parse("2026-12-04T07:30:00Z")));

        assertEquals("attempt.start.tooEarly", early.messageKey());
        assertEquals("2026-12-04 09:00", early.arguments()[0]);
    }

    @Test
    void anAccommodationWithoutAPercentageGetsTheSessionsDefaultExtraTime() {
        ExamSession session = session(Instant.parse("2026-12-04T08:00:00Z"));
        assertEquals(25, session.extraTimeFor(null, "Dyslexieverklaring"), "the plan's default");
        assertEquals(40, session.extraTimeFor(40, "Dyslexieverklaring"), "a percentage asked for stands");
        assertEquals(0, session.extraTimeFor(null, " "), "no accommodation, no extra time");
        assertEquals(0, session.extraTimeFor(0, "Verklaring, geen extra tijd nodig"));
    }

    private static ExamSession session(Instant windowStart) {
        return ScheduledSessions.rccm(plan(windowStart));
    }

    private static ExamSession.Plan plan(Instant windowStart) {
        return new ExamSession.Plan(
                "RCCM-PLAN",
                "Schriftelijk RCCM",
                DAY,
                windowStart,
                windowStart.plus(Duration.ofHours(2)),
                90,
                25,
                null,
                50);
    }
}
