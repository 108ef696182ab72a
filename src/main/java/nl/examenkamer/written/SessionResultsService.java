package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
        Map<Long, Map<String, Scoring.ThemeScore>> scores = attempts.themeScoresOfSession(session.id());
        List<SessionResults.Row> rows = attempts.proctorRows(session.id(), clock.instant()).stream()
                .map(candidate -> new SessionResults.Row(
                        candidate,
                        order.sorted(
                                candidate.attemptId() == null
                                        ? Map.of()
                                        : scores.getOrDefault(candidate.attemptId(), Map.of()))))
                .toList();
        List<SessionResults.ThemeColumn> themes = scores.values().stream()
                .flatMap(attempt -> attempt.keySet().stream())
                .distinct()
                .sorted(order.byCurriculum())
                .map(theme -> new SessionResults.ThemeColumn(theme, order.name(theme)))
                .toList();
        return new SessionResults(session.code(), themes, rows);
    }
}
