package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.content.ItemBank;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.shared.RuleViolation;

/**
 * Neutralises an item of a closed session, before its results are published, and rescores every
 * scored attempt of the session with it, in one transaction: the scores never show half of it. Under
 * Cohen-Schotanus the cut score follows the new scores.
 */
@ApplicationScoped
@Transactional
public class NeutralisationService {

    @Inject
    private ExamSessions sessions;

    @Inject
    private Neutralisations neutralisations;

    @Inject
    private AttemptStore attempts;

    @Inject
    private SessionScoring scoring;

    @Inject
    private ItemBank bank;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** Returns how many attempts were rescored. */
    public int neutralise(String code, String itemCode, int versionNo, Neutralisation.Mode mode, String reason) {
        if (mode == null) {
            throw RuleViolation.invalid("neutralisation.mode.required");
        }
        requireReason(reason);
        ExamSession session = openForDecisions(code);
        String item = itemCode + " v" + versionNo;
        long versionId = versionInSession(session, itemCode, versionNo, item);
        if (neutralisations.of(session.id()).containsKey(versionId)) {
            throw RuleViolation.conflict("neutralisation.exists", item);
        }
        neutralisations.add(
                session.id(), new Neutralisation(versionId, mode, reason.strip(), caller.name(), clock.instant()));
        int rescored = rescore(session);
        auditLog.record(AuditEvent.of("item.neutralised", "exam-session", code)
                .because(reason.strip())
                .withDetails("item=" + item + " mode=" + mode + " attempts rescored=" + rescored));
        return rescored;
    }

    /** Takes a neutralisation back, with a reason, before publication; returns how many attempts were rescored. */
    public int withdraw(String code, String itemCode, int versionNo, String reason) {
        requireReason(reason);
        ExamSession session = openForDecisions(code);
        String item = itemCode + " v" + versionNo;
        long versionId = versionInSession(session, itemCode, versionNo, item);
        if (!neutralisations.remove(session.id(), versionId)) {
            throw RuleViolation.notFound("neutralisation.notFound", item);
        }
        int rescored = rescore(session);
        auditLog.record(AuditEvent.of("item.neutralisation-withdrawn", "exam-session", code)
                .because(reason.strip())
                .withDetails("item=" + item + " attempts rescored=" + rescored));
        return rescored;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("neutralisation.reason.required");
        }
    }

    /** The session, locked: closed and not yet published. */
    private ExamSession openForDecisions(String code) {
        ExamSession session = sessions.lock(sessions.require(code));
        if (session.status() == SessionStatus.SCHEDULED) {
            throw RuleViolation.conflict("neutralisation.session.notClosed");
        }
        if (session.status() == SessionStatus.PUBLISHED) {
            throw RuleViolation.conflict("neutralisation.session.published");
        }
        return session;
    }

    private long versionInSession(ExamSession session, String itemCode, int versionNo, String item) {
        return bank.versionId(itemCode, versionNo)
                .filter(id -> neutralisations.inPool(session.id(), id))
                .orElseThrow(() -> RuleViolation.notFound("neutralisation.item.notInSession", item, session.code()));
    }

    private int rescore(ExamSession session) {
        return scoring.rescore(session, session.cutScoreMethod()).attempts();
    }
}
