package nl.examenkamer.written;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.examenkamer.content.CutScoreMethod;

/** Sessions as the board's pages see them, for tests of what is made of them: 10 March 2027, 40 items, 65 %. */
final class SessionViews {

    private SessionViews() {}

    /** A session in this phase, with the status that phase has; published on 24 March when it is. */
    static SessionView session(String code, String name, String location, long enrolled, SessionPhase phase) {
        SessionStatus status =
                switch (phase) {
                    case PLANNED, START_WINDOW_OPEN, START_WINDOW_PASSED -> SessionStatus.SCHEDULED;
                    case CLOSED -> SessionStatus.CLOSED;
                    case PUBLISHED -> SessionStatus.PUBLISHED;
                };
        boolean published = status == SessionStatus.PUBLISHED;
        return new SessionView(
                code,
                name,
                "RCCM",
                "BP-RCCM",
                LocalDate.of(2027, 3, 10),
                Instant.parse("2027-03-10T08:00:00Z"),
                Instant.parse("2027-03-10T08:30:00Z"),
                90,
                40,
                CutScoreMethod.PERCENTAGE_OF_MAXIMUM,
                new BigDecimal("65"),
                25,
                location,
                60,
                enrolled,
                "ABCD-1234",
                status,
                phase,
                published ? Instant.parse("2027-03-24T15:00:00Z") : null,
                published ? Instant.parse("2027-05-05T14:00:00Z") : null);
    }
}
