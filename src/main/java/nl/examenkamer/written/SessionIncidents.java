package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import nl.examenkamer.audit.AuditEntryView;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditFilter;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.shared.RuleViolation;

/**
 * The session's incident report. Incidents are kept in the audit log itself, as its entries of one
 * action: append-only, with the time and the person that noted them, which is what a report the
 * board must defend needs, and no second place that could tell a different story.
 */
@ApplicationScoped
@Transactional
public class SessionIncidents {

    static final String ACTION = "session.incident-noted";
    private static final String OBJECT_TYPE = "exam-session";
    private static final String CANDIDATE = "candidate=";
    private static final int MAX_REPORT = 1000;

    @Inject
    private ExamSessions sessions;

    @Inject
    private CandidateRegistry candidates;

    @Inject
    private AuditLog auditLog;

    /** Notes an incident about the whole session, or about one enrolled candidate when a number is given. */
    public void note(String code, String candidateNumber, String text) {
        String note = SessionIncident.note(text);
        ExamSession session = sessions.require(code);
        AuditEvent event = AuditEvent.of(ACTION, OBJECT_TYPE, session.code()).because(note);
        if (candidateNumber != null && !candidateNumber.isBlank()) {
            Candidate candidate = candidates
                    .find(CandidateNumber.required(candidateNumber))
                    .orElseThrow(() -> RuleViolation.notFound("candidate.notFound", candidateNumber.strip()));
            sessions.enrolment(session, candidate)
                    .orElseThrow(() -> RuleViolation.notFound(
                            "enrolment.notFound", candidate.number().value()));
            event = event.withDetails(CANDIDATE + candidate.number().value());
        }
        auditLog.record(event);
    }

    /** The session's incidents in the order they were noted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionIncident> of(String code) {
        ExamSession session = sessions.require(code);
        List<SessionIncident> incidents = new ArrayList<>();
        for (AuditEntryView entry : auditLog.find(
                new AuditFilter(null, ACTION, OBJECT_TYPE, session.code(), null, null),
                AuditLog.Order.OLDEST_FIRST,
                0,
                MAX_REPORT)) {
            String number = candidateOf(entry);
            incidents.add(new SessionIncident(
                    entry.occurredAt(), entry.actor(), number, number == null ? null : nameOf(number), entry.reason()));
        }
        return incidents;
    }

    private String nameOf(String number) {
        return CandidateNumber.typed(number)
                .flatMap(candidates::find)
                .map(Candidate::fullName)
                .orElse(null);
    }

    private static String candidateOf(AuditEntryView entry) {
        String details = entry.details();
        return details != null && details.startsWith(CANDIDATE) ? details.substring(CANDIDATE.length()) : null;
    }
}
