package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.examenkamer.content.CutScoreMethod;

/**
 * Scores every scored attempt of a closed session again, with the session's neutralisations and
 * its cut score method. Under Cohen-Schotanus the cut is first worked out again from the hall's new
 * scores: a neutralisation moves the best candidates' scores too.
 */
@ApplicationScoped
public class SessionScoring {

    private static final BigDecimal ANY_CUT = BigDecimal.ZERO;

    @Inject
    private AttemptStore attempts;

    @Inject
    private AttemptService attemptService;

    @Inject
    private Neutralisations neutralisations;

    /**
     * Every scored attempt's form with its answers, the session's neutralisations applied: the
     * answers of the whole hall in one query, not one per attempt.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<AttemptService.ScoredForm> forms(ExamSession session) {
        Map<Long, Neutralisation> neutralised = neutralisations.of(session.id());
        Map<Long, List<AttemptStore.ScoredAnswer>> byAttempt = new LinkedHashMap<>();
        for (AttemptStore.ScoredAnswer answer : attempts.scoredAnswersOfSession(session.id())) {
            byAttempt
                    .computeIfAbsent(answer.attemptId(), attempt -> new ArrayList<>())
                    .add(answer);
        }
        return byAttempt.entrySet().stream()
                .map(attempt -> attemptService.scoredForm(attempt.getKey(), attempt.getValue(), neutralised))
                .toList();
    }

    /** The hall as Cohen-Schotanus reads it: each attempt's points, maximum and chance score. */
    static List<CohenSchotanus.Taken> taken(List<AttemptService.ScoredForm> forms) {
        return forms.stream()
                .map(form -> {
                    Scoring.Result result = Scoring.score(form.items(), ANY_CUT);
                    return new CohenSchotanus.Taken(result.raw(), result.max(), form.chance());
                })
                .toList();
    }

    /** How many of the forms pass with this cut percentage. */
    static int passing(List<AttemptService.ScoredForm> forms, BigDecimal cutPercentage) {
        return (int) forms.stream()
                .filter(form -> Scoring.score(form.items(), cutPercentage).passed())
                .count();
    }

    /** How a rescore went: the attempts rescored and, under Cohen-Schotanus, how it set the cut. */
    record Rescored(int attempts, CohenSchotanus.Outcome cohenSchotanus) {}

    /**
     * Sets the session's cut score by this method (worked out again from the hall under
     * Cohen-Schotanus) and rescores every scored attempt with it; the caller's transaction holds the
     * session locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Rescored rescore(ExamSession session, CutScoreMethod method) {
        List<AttemptService.ScoredForm> forms = forms(session);
        CohenSchotanus.Outcome outcome = null;
        if (method == CutScoreMethod.COHEN_SCHOTANUS) {
            outcome = CohenSchotanus.of(taken(forms));
            session.applyCutScore(method, outcome.cutPercentage());
        } else {
            session.applyCutScore(method, null);
        }
        BigDecimal cut = session.cutScorePercentageInForce();
        for (AttemptService.ScoredForm form : forms) {
            attempts.storeScore(form.attemptId(), Scoring.score(form.items(), cut));
        }
        return new Rescored(forms.size(), outcome);
    }
}
