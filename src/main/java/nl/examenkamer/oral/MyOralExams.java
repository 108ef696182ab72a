package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.shared.RuleViolation;

/** A candidate's own oral exams, found through their log-in account. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyOralExams {

    @Inject
    private CandidateRegistry candidates;

    @Inject
    private OralScoringService scoring;

    public List<OralExamView> planned(String username) {
        return number(username).map(scoring::plannedFor).orElse(List.of());
    }

    public List<FormViews.ResultView> results(String username) {
        return number(username).map(scoring::releasedResults).orElse(List.of());
    }

    public FormViews.ResultView result(String username, long examId) {
        String number = number(username)
                .orElseThrow(() -> RuleViolation.notFound("oral.result.notFound", String.valueOf(examId)));
        return scoring.result(examId, number);
    }

    private java.util.Optional<String> number(String username) {
        return candidates.findByAccount(username).map(c -> c.number().value());
    }
}
