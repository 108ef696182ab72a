package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentViews;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.CandidateRegistry;

/**
 * What a candidate sees of their written exams, and the board in the candidate's file: planned,
 * taken, and (once published) the result per theme.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultService {

    @Inject
    private CandidateRegistry candidates;

    @Inject
    private ExamSessions sessions;

    @Inject
    private AttemptStore store;

    @Inject
    private ContentCatalog catalog;

    public List<ExamResult> mine(String username) {
        return of(candidates.findByAccount(username));
    }

    /**
     * A candidate's written exams for the board's candidate file, as the candidate sees them: the
     * score only once published (the session's page has it before).
     */
    public List<ExamResult> ofCandidate(CandidateNumber number) {
        return of(candidates.find(number));
    }

    private List<ExamResult> of(Optional<Candidate> candidate) {
        if (candidate.isEmpty()) {
            return List.of();
        }
        List<ContentViews.ThemeView> themeOrder = catalog.themes();
        return sessions.enrolmentsOf(candidate.get()).stream()
                .map(enrolment -> result(enrolment, themeOrder))
                .toList();
    }

    public Optional<ExamResult> mine(String username, String sessionCode) {
        return mine(username).stream()
                .filter(result -> result.sessionCode().equals(sessionCode))
                .findFirst();
    }

    private ExamResult result(Enrolment enrolment, List<ContentViews.ThemeView> themeOrder) {
        ExamSession session = enrolment.session();
        Optional<AttemptRow> attempt = store.findByEnrolment(enrolment.id());
        boolean published = session.status() == SessionStatus.PUBLISHED;
        AttemptRow scored = published ? attempt.orElse(null) : null;
        List<ExamResult.ThemeResult> themes =
                scored == null ? List.of() : ThemeOrder.of(themeOrder).sorted(store.themeScores(scored.id()));
        return new ExamResult(
                session.code(),
                session.name(),
                session.examDate(),
                session.windowStart(),
                session.windowEnd(),
                session.location(),
                Deadline.minutes(session.durationMinutes(), enrolment.extraTimePercentage()) + enrolment.extraMinutes(),
                enrolment.extraTimePercentage(),
                session.status(),
                attempt.map(AttemptRow::status).orElse(null),
                published
                        ? null
                        : attempt.filter(ended -> ended.status().finished())
                                .map(store::ending)
                                .orElse(null),
                published,
                scored == null ? null : scored.rawScore(),
                scored == null ? null : scored.maxScore(),
                scored == null ? null : scored.percentage(),
                scored == null ? null : scored.grade(),
                scored == null ? null : scored.passed(),
                scored == null ? null : Scoring.cutScore(scored.maxScore(), session.cutScorePercentageInForce()),
                scored == null ? null : session.cutScorePercentageInForce(),
                themes);
    }
}
