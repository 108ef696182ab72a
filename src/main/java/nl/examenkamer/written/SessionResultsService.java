package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.shared.RuleViolation;

/** A session's results for the board, once it is closed and every attempt has been scored. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionResultsService {

    @Inject
    private ExamSessions sessions;

    @Inject
    private AttemptStore attempts;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private Clock clock;

    public SessionResults results(String code) {
        ExamSession session = sessions.require(code);
        if (session.status() == SessionStatus.SCHEDULED) {
            throw RuleViolation.conflict("session.results.notClosed");
        }
        ThemeOrder order = ThemeOrder.of(catalog.themes());
        List<SessionResults.Row> rows = attempts.proctorRows(session.id(), clock.instant()).stream()
                .map(candidate -> new SessionResults.Row(
                        candidate,
                        candidate.attemptId() == null
                                ? List.of()
                                : order.sorted(attempts.themeScores(candidate.attemptId()))))
                .toList();
        Map<String, Scoring.ThemeScore> scored = new HashMap<>();
        rows.forEach(row ->
                row.themes().forEach(theme -> scored.put(theme.theme(), new Scoring.ThemeScore(0, theme.maxScore()))));
        List<SessionResults.ThemeColumn> themes = order.sorted(scored).stream()
                .map(theme -> new SessionResults.ThemeColumn(theme.theme(), theme.themeName()))
                .toList();
        return new SessionResults(session.code(), themes, rows);
    }
}
