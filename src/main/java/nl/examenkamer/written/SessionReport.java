package nl.examenkamer.written;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The session's report (proces-verbaal) as the board keeps it: the session, where its candidates
 * ended up, the accommodations it granted, who was taken off it, the extra time given on the day
 * and the incidents, and who drew it up when.
 */
public record SessionReport(
        SessionView session,
        ProctorSummary summary,
        List<Accommodation> accommodations,
        List<Withdrawal> withdrawals,
        List<ExtraTime> extraTime,
        List<SessionIncident> incidents,
        Instant madeAt,
        String madeBy) {

    /** Minutes given to one candidate on the day, with why; {@code minutes} null where the log does not say. */
    public record ExtraTime(Instant givenAt, String givenBy, String candidateNumber, Integer minutes, String reason) {}

    /** An enrolment the board withdrew before its candidate started; {@code candidateNumber} null where the log does not say. */
    public record Withdrawal(Instant withdrawnAt, String withdrawnBy, String candidateNumber, String reason) {}

    /** A candidate's extra time as enrolled (or changed before the start), with its ground. */
    public record Accommodation(String candidateNumber, int extraTimePercentage, int minutes, String reason) {}

    public SessionReport {
        accommodations = List.copyOf(accommodations);
        withdrawals = List.copyOf(withdrawals);
        extraTime = List.copyOf(extraTime);
        incidents = List.copyOf(incidents);
    }

    /**
     * Who signs the report: everyone who acted in the session on the day, in the order they first
     * did, and the one who drew it up; each answers for what the report says they did.
     */
    public List<String> signatories() {
        Set<String> names = new LinkedHashSet<>();
        List<Acted> acts = new ArrayList<>();
        extraTime.forEach(given -> acts.add(new Acted(given.givenAt(), given.givenBy())));
        incidents.forEach(incident -> acts.add(new Acted(incident.notedAt(), incident.notedBy())));
        acts.stream().sorted(Comparator.comparing(Acted::at)).forEach(act -> names.add(act.by()));
        names.add(madeBy);
        return List.copyOf(names);
    }

    private record Acted(Instant at, String by) {}
}
