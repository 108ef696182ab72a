package nl.examenkamer.written;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.examenkamer.content.CutScoreMethod;

/** An RCCM session as the board plans it, for the unit tests of the session's own rules. */
final class ScheduledSessions {

    private ScheduledSessions() {}

    /** Planned a month before its window opens, with no pool: the rules under test need none. */
    static ExamSession rccm(ExamSession.Plan plan) {
        return rccm(plan, plan.windowStart().minus(Duration.ofDays(30)));
    }

    static ExamSession rccm(ExamSession.Plan plan, Instant plannedAt) {
        return new ExamSession(
                plan,
                "schriftelijk-rccm",
                "RCCM",
                40,
                new BigDecimal("65"),
                CutScoreMethod.COHEN_SCHOTANUS,
                List.of(),
                List.of(),
                "ABCD2345",
                plannedAt,
                "bestuur");
    }
}
