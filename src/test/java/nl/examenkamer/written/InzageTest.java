package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class InzageTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant PUBLISHED = Instant.parse("2026-12-10T09:00:00Z");
    private static final Duration TWO_WEEKS = Duration.ofDays(14);
    private static final AttemptRow ATTEMPT = new AttemptRow(
            7,
            1,
            3,
            42,
            "hash",
            AttemptStatus.SUBMITTED,
            PUBLISHED,
            PUBLISHED,
            PUBLISHED,
            PUBLISHED,
            30,
            40,
            new BigDecimal("75.00"),
            new BigDecimal("7.4"),
            true);

    @Test
    void aCandidateAsksWithinSixWeeksOfPublicationAndNotBefore() {
        ExamSession closed = session(false);
        assertRefused("inzage.notPublished", () -> Inzage.request(closed, 3, ATTEMPT, null, at(PUBLISHED)));

        ExamSession published = session(true);
        Inzage asked = Inzage.request(
                published, 3, ATTEMPT, "  Vraag 12 klopt niet  ", at(PUBLISHED.plus(Duration.ofDays(41))));
        assertEquals("Vraag 12 klopt niet", asked.note());
        assertEquals(Inzage.State.REQUESTED, asked.stateAt(PUBLISHED.plus(Duration.ofDays(41))));
        assertNull(Inzage.request(published, 3, ATTEMPT, " ", at(PUBLISHED)).note(), "an empty note is no note");

        RuleViolation late = assertThrows(
                RuleViolation.class,
                () -> Inzage.request(published, 3, ATTEMPT, null, at(PUBLISHED.plus(Duration.ofDays(42)))));
        assertEquals("inzage.period.over", late.messageKey());
        assertArrayEquals(new Object[] {"2027-01-21 10:00"}, late.arguments(), "the last moment, in Dutch time");
        assertRefused(
                "inzage.note.tooLong", () -> Inzage.request(published, 3, ATTEMPT, "x".repeat(1001), at(PUBLISHED)));
    }

    @Test
    void theDeadlineIsTheOneTheSessionWasPublishedWith() {
        ExamSession session = session(false);
        assertNull(session.inzageRequestUntil(), "no deadline before publication");
        session.publish(PUBLISHED, Duration.ofDays(10));
        assertEquals(PUBLISHED.plus(Duration.ofDays(10)), session.inzageRequestUntil());
        Inzage.request(session, 3, ATTEMPT, null, at(PUBLISHED.plus(Duration.ofDays(9))));
        assertRefused(
                "inzage.period.over",
                () -> Inzage.request(session, 3, ATTEMPT, null, at(PUBLISHED.plus(Duration.ofDays(10)))));
    }

    @Test
    void aWindowMayBeAsLongAsTheSchemeAllows() {
        Instant now = PUBLISHED.plus(Duration.ofDays(2));
        Inzage inzage = Inzage.request(session(true), 3, ATTEMPT, null, at(now));
        Instant opens = now.plus(Duration.ofDays(1));
        RuleViolation tooLong = assertThrows(
                RuleViolation.class,
                () -> inzage.plan(opens, opens.plus(Duration.ofDays(4)), Duration.ofDays(3), "bestuur", now));
        assertArrayEquals(new Object[] {3L}, tooLong.arguments(), "the refusal names the scheme's longest window");
        inzage.plan(opens, opens.plus(Duration.ofDays(3)), Duration.ofDays(3), "bestuur", now);
        assertEquals(opens.plus(Duration.ofDays(3)), inzage.closesAt());
    }

    @Test
    void theBoardPlansAWindowOfAtMostTwoWeeksThatHasNotPassed() {
        Instant now = PUBLISHED.plus(Duration.ofDays(2));
        Inzage inzage = Inzage.request(session(true), 3, ATTEMPT, null, at(now));
        Instant opens = now.plus(Duration.ofDays(1));
        assertRefused("inzage.window.required", () -> inzage.plan(opens, null, TWO_WEEKS, "bestuur", now));
        assertRefused("inzage.window.order", () -> inzage.plan(opens, opens, TWO_WEEKS, "bestuur", now));
        assertRefused(
                "inzage.window.past",
                () -> inzage.plan(
                        now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), TWO_WEEKS, "bestuur", now));
        assertRefused(
                "inzage.window.tooLong",
                () -> inzage.plan(opens, opens.plus(Duration.ofDays(15)), TWO_WEEKS, "bestuur", now));
        assertEquals(Inzage.State.REQUESTED, inzage.stateAt(now), "refusals plan nothing");

        inzage.plan(opens, opens.plus(Duration.ofHours(2)), TWO_WEEKS, "bestuur", now);
        assertEquals(Inzage.State.PLANNED, inzage.stateAt(now));
        assertEquals(Inzage.State.OPEN, inzage.stateAt(opens));
        assertEquals(Inzage.State.OPEN, inzage.stateAt(opens.plus(Duration.ofMinutes(119))));
        assertEquals(Inzage.State.ENDED, inzage.stateAt(opens.plus(Duration.ofHours(2))));

        Instant later = opens.plus(Duration.ofDays(1));
        inzage.plan(later, later.plus(Duration.ofHours(1)), TWO_WEEKS, "bestuur", now);
        assertEquals(later, inzage.opensAt(), "moved before it opened");
        Instant afterwards = later.plus(Duration.ofHours(2));
        assertRefused(
                "inzage.ended",
                () -> inzage.plan(afterwards, afterwards.plus(Duration.ofHours(1)), TWO_WEEKS, "bestuur", afterwards));
    }

    @Test
    void theExamCanBeReadOnlyInsideTheWindowAndTheFirstReadingIsMarkedOnce() {
        Instant now = PUBLISHED.plus(Duration.ofDays(2));
        Inzage inzage = Inzage.request(session(true), 3, ATTEMPT, null, at(now));
        assertRefused("inzage.notPlanned", () -> inzage.requireOpen(at(now)));
        Instant opens = Instant.parse("2026-12-14T13:00:00Z");
        inzage.plan(opens, opens.plus(Duration.ofHours(1)), TWO_WEEKS, "bestuur", now);

        RuleViolation early = assertThrows(RuleViolation.class, () -> inzage.requireOpen(at(now)));
        assertEquals("inzage.notYetOpen", early.messageKey());
        assertArrayEquals(new Object[] {"2026-12-14 14:00"}, early.arguments());
        inzage.requireOpen(at(opens));
        assertRefused("inzage.ended", () -> inzage.requireOpen(at(opens.plus(Duration.ofHours(1)))));

        assertTrue(inzage.viewedAt(opens.plus(Duration.ofMinutes(5))));
        assertFalse(inzage.viewedAt(opens.plus(Duration.ofMinutes(9))));
        assertEquals(opens.plus(Duration.ofMinutes(5)), inzage.firstViewedAt());
    }

    private static void assertRefused(String key, Executable action) {
        assertEquals(key, assertThrows(RuleViolation.class, action).messageKey());
    }

    private static Clock at(Instant now) {
        return Clock.fixed(now, AMSTERDAM);
    }

    private static ExamSession session(boolean published) {
        Instant start = PUBLISHED.minus(Duration.ofDays(7));
        ExamSession session = ScheduledSessions.rccm(new ExamSession.Plan(
                "RCCM-TEST",
                "Schriftelijk RCCM",
                LocalDate.of(2026, 12, 3),
                start,
                start.plus(Duration.ofHours(2)),
                90,
                25,
                null,
                50));
        session.close(start.plus(Duration.ofHours(3)));
        if (published) {
            session.publish(PUBLISHED, Duration.ofDays(42));
        }
        return session;
    }
}
