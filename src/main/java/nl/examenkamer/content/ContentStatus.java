package nl.examenkamer.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.examenkamer.content.importing.ContentProblem;

/** What happened at this instance's last start-up import, for the board's content page and the health check. */
@ApplicationScoped
public class ContentStatus {

    /** The outcome of the start-up import. */
    public record StartupImport(
            Instant at,
            String origin,
            boolean imported,
            ImportReport report,
            List<ContentProblem> problems,
            String failure) {}

    @Inject
    private Clock clock;

    private volatile StartupImport last;

    void imported(String origin, ImportReport report) {
        last = new StartupImport(clock.instant(), origin, true, report, List.of(), null);
    }

    void rejected(String origin, List<ContentProblem> problems) {
        last = new StartupImport(clock.instant(), origin, false, null, List.copyOf(problems), null);
    }

    void failed(String origin, String failure) {
        last = new StartupImport(clock.instant(), origin, false, null, List.of(), failure);
    }

    public StartupImport last() {
        return last;
    }
}
