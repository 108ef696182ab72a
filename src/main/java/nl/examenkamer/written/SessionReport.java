package nl.examenkamer.written;

import java.time.Instant;
import java.util.List;

/**
 * The session's report (proces-verbaal) as the board keeps it: the session, where its candidates
 * ended up, the extra time given on the day and the incidents, and who drew it up when.
 */
public record SessionReport(
        SessionView session,
        ProctorSummary summary,
        List<ExtraTime> extraTime,
        List<SessionIncident> incidents,
        Instant madeAt,
        String madeBy) {

    /** Minutes given to one candidate on the day, with why; {@code minutes} null where the log does not say. */
    public record ExtraTime(Instant givenAt, String givenBy, String candidateNumber, Integer minutes, String reason) {}

    public SessionReport {
        extraTime = List.copyOf(extraTime);
        incidents = List.copyOf(incidents);
    }
}
