package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.content.CutScoreMethod;
import nl.examenkamer.shared.RuleViolation;

/**
 * The cut score of a closed session: the board compares the fixed percentage of the maximum with
 * Cohen-Schotanus (where the blueprint allows it) and sets one of them, with a reason, before
 * publication. Setting it rescores every scored attempt in the same transaction and is audited.
 */
@ApplicationScoped
@Transactional
public class CutScoreService {

    @Inject
    private ExamSessions sessions;

    @Inject
    private SessionScoring scoring;

    @Inject
    private AuditLog auditLog;

    /** Both methods side by side, each with how many would pass. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CutScoreOptions options(String code) {
        ExamSession session = sessions.require(code);
        if (session.status() == SessionStatus.SCHEDULED) {
            throw RuleViolation.conflict("cutScore.session.notClosed");
        }
        List<AttemptService.ScoredForm> forms = scoring.forms(session);
        List<CutScoreOptions.Option> options = new ArrayList<>();
        BigDecimal fixed = session.cutScorePercentage();
        options.add(CutScoreOptions.Option.of(
                CutScoreMethod.PERCENTAGE_OF_MAXIMUM, fixed, SessionScoring.passing(forms, fixed)));
        if (session.alternativeCutScoreMethod() == CutScoreMethod.COHEN_SCHOTANUS) {
            options.add(cohenSchotanus(forms));
        }
        return new CutScoreOptions(
                session.code(),
                session.cutScoreMethod(),
                session.cutScorePercentageInForce(),
                session.status() == SessionStatus.CLOSED,
                forms.size(),
                options);
    }

    private static CutScoreOptions.Option cohenSchotanus(List<AttemptService.ScoredForm> forms) {
        try {
            CohenSchotanus.Outcome outcome = CohenSchotanus.of(SessionScoring.taken(forms));
            return new CutScoreOptions.Option(
                    CutScoreMethod.COHEN_SCHOTANUS,
                    outcome.cutPercentage(),
                    SessionScoring.passing(forms, outcome.cutPercentage()),
                    outcome.reference(),
                    outcome.chance(),
                    null,
                    null);
        } catch (RuleViolation unavailable) {
            return new CutScoreOptions.Option(
                    CutScoreMethod.COHEN_SCHOTANUS,
                    null,
                    null,
                    null,
                    null,
                    unavailable.messageKey(),
                    Arrays.asList(unavailable.arguments()));
        }
    }

    public record Applied(CutScoreMethod method, BigDecimal percentage, int attemptsRescored) {}

    /** Sets the session's cut score method and rescores every scored attempt with it. */
    public Applied apply(String code, CutScoreMethod method, String reason) {
        if (method == null) {
            throw RuleViolation.invalid("cutScore.method.required");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("cutScore.reason.required");
        }
        ExamSession session = sessions.lock(sessions.require(code));
        session.requireCutScoreChangeable(method);
        if (session.cutScoreMethod() == method) {
            throw RuleViolation.conflict("cutScore.method.inForce", method.name());
        }
        SessionScoring.Rescored rescored = scoring.rescore(session, method);
        String details = "method=" + method + " cut=" + session.cutScorePercentageInForce() + " %";
        if (rescored.cohenSchotanus() != null) {
            details +=
                    " reference (95th percentile)=" + rescored.cohenSchotanus().reference() + " % chance="
                            + rescored.cohenSchotanus().chance() + " %";
        }
        auditLog.record(AuditEvent.of("session.cut-score-set", "exam-session", session.code())
                .because(reason.strip())
                .withDetails(details + " attempts rescored=" + rescored.attempts()));
        return new Applied(method, session.cutScorePercentageInForce(), rescored.attempts());
    }
}
