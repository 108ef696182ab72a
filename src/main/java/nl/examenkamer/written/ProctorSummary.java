package nl.examenkamer.written;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many enrolled candidates stand where, in the order an exam day runs: not started, in
 * progress, handed in, timed out, closed by the board. In a hall of hundreds the proctor reads this
 * line before any row of the table. States nobody is in are left out. Apart from the states: how
 * many running attempts have lost contact ({@link Contact}), the candidates to walk over to.
 */
public record ProctorSummary(List<Count> counts, long contactLost) {

    /** Candidates in one state; {@code status} is empty for those who have not started. */
    public record Count(AttemptStatus status, long candidates) {}

    public ProctorSummary {
        counts = List.copyOf(counts);
    }

    public static ProctorSummary of(List<ProctorRow> rows) {
        long notStarted = 0;
        long contactLost = 0;
        Map<AttemptStatus, Long> started = new EnumMap<>(AttemptStatus.class);
        for (ProctorRow row : rows) {
            if (row.status() == null) {
                notStarted++;
            } else {
                started.merge(row.status(), 1L, Long::sum);
            }
            if (row.contactLost()) {
                contactLost++;
            }
        }
        List<Count> counts = new ArrayList<>();
        if (notStarted > 0) {
            counts.add(new Count(null, notStarted));
        }
        for (AttemptStatus status : AttemptStatus.values()) {
            if (started.containsKey(status)) {
                counts.add(new Count(status, started.get(status)));
            }
        }
        return new ProctorSummary(counts, contactLost);
    }
}
