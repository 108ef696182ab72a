package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTaskTest {

    @Test
    void eachSessionWaitingForTheBoardIsATaskWhatIsRunningFirst() {
        List<SessionTask> tasks = SessionTask.of(
                List.of(
                        session("PUBLISHED-1", SessionPhase.PUBLISHED, 12),
                        session("CLOSED-1", SessionPhase.CLOSED, 20),
                        session("PLANNED-1", SessionPhase.PLANNED, 5),
                        session("PASSED-1", SessionPhase.START_WINDOW_PASSED, 8),
                        session("OPEN-1", SessionPhase.START_WINDOW_OPEN, 30)),
                Map.of("PUBLISHED-1", 2L, "CLOSED-1", 0L));

        assertEquals(
                List.of(
                        new SessionTask("OPEN-1", "Zitting OPEN-1", SessionTask.Kind.WATCH, 30),
                        new SessionTask("PASSED-1", "Zitting PASSED-1", SessionTask.Kind.CLOSE, 8),
                        new SessionTask("CLOSED-1", "Zitting CLOSED-1", SessionTask.Kind.PUBLISH, 20),
                        new SessionTask("PUBLISHED-1", "Zitting PUBLISHED-1", SessionTask.Kind.PLAN_INZAGE, 2)),
                tasks);
    }

    @Test
    void aPlannedOrPublishedSessionWithNothingToPlanWaitsForNothing() {
        assertEquals(
                List.of(),
                SessionTask.of(
                        List.of(
                                session("PLANNED-1", SessionPhase.PLANNED, 5),
                                session("PUBLISHED-1", SessionPhase.PUBLISHED, 9)),
                        Map.of()));
    }

    private static SessionView session(String code, SessionPhase phase, long enrolled) {
        return SessionViews.session(code, "Zitting " + code, null, enrolled, phase);
    }
}
