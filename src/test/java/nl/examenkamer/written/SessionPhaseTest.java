package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionPhaseTest {

    private static final Instant OPENS = Instant.parse("2026-12-03T08:00:00Z");
    private static final Instant SHUTS = Instant.parse("2026-12-03T08:30:00Z");

    @Test
    void aScheduledSessionReadsByTheClockAgainstItsStartWindow() {
        assertEquals(SessionPhase.PLANNED, phaseAt("2026-12-03T07:59:59Z"));
        assertEquals(SessionPhase.START_WINDOW_OPEN, phaseAt("2026-12-03T08:00:00Z"));
        assertEquals(SessionPhase.START_WINDOW_OPEN, phaseAt("2026-12-03T08:29:59Z"));
        assertEquals(SessionPhase.START_WINDOW_PASSED, phaseAt("2026-12-03T08:30:00Z"));
    }

    @Test
    void closedAndPublishedSessionsReadAsSuchWhateverTheClock() {
        Instant during = Instant.parse("2026-12-03T08:10:00Z");
        assertEquals(SessionPhase.CLOSED, SessionPhase.of(SessionStatus.CLOSED, OPENS, SHUTS, during));
        assertEquals(SessionPhase.PUBLISHED, SessionPhase.of(SessionStatus.PUBLISHED, OPENS, SHUTS, during));
    }

    private static SessionPhase phaseAt(String now) {
        return SessionPhase.of(SessionStatus.SCHEDULED, OPENS, SHUTS, Instant.parse(now));
    }
}
