package nl.examenkamer.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.examenkamer.written.ExamSession;

/** The demo's written exam sessions: RCCM, today, the start window open all day in Dutch time. */
final class DemoSessions {

    static final String BLUEPRINT = "schriftelijk-rccm";
    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private DemoSessions() {}

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(DUTCH));
    }

    static ExamSession.Plan allDayToday(Clock clock, String code, String name, String location, int capacity) {
        LocalDate today = today(clock);
        return new ExamSession.Plan(
                code,
                name,
                today,
                today.atStartOfDay(DUTCH).toInstant(),
                today.plusDays(1).atStartOfDay(DUTCH).toInstant(),
                0, // the blueprint's duration
                null, // the scheme's default extra time
                location,
                capacity);
    }
}
