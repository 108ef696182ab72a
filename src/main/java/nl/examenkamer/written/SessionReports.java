package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.examenkamer.audit.AuditEntryView;
import nl.examenkamer.audit.AuditFilter;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.audit.CurrentActor;
import nl.examenkamer.shared.RuleViolation;

/** Draws up a session's report from what is stored: the session, its attempts and its audit trail. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionReports {

    private static final Pattern EXTRA_TIME = Pattern.compile("candidate=(\\S+) minutes=(\\d+)");
    private static final int MAX_ENTRIES = 1000;

    @Inject
    private ExamSessionService sessions;

    @Inject
    private SessionIncidents incidents;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    public SessionReport of(String code) {
        SessionView session = sessions.find(code).orElseThrow(() -> RuleViolation.notFound("session.notFound", code));
        return new SessionReport(
                session,
                ProctorSummary.of(sessions.proctor(session.code())),
                extraTime(session.code()),
                incidents.of(session.code()),
                clock.instant(),
                currentActor.name());
    }

    /** The report as the PDF the board files, in the reader's language and the platform's time zone. */
    public byte[] pdf(String code, Locale locale) {
        return SessionReportPdf.render(of(code), locale, clock.getZone());
    }

    private List<SessionReport.ExtraTime> extraTime(String code) {
        List<AuditEntryView> entries = auditLog.find(
                new AuditFilter(null, "attempt.extra-time", "exam-session", code, null, null), 0, MAX_ENTRIES);
        List<SessionReport.ExtraTime> given = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntryView entry = entries.get(i);
            Matcher details = EXTRA_TIME.matcher(entry.details() == null ? "" : entry.details());
            boolean read = details.find();
            given.add(new SessionReport.ExtraTime(
                    entry.occurredAt(),
                    entry.actor(),
                    read ? details.group(1) : null,
                    read ? Integer.valueOf(details.group(2)) : null,
                    entry.reason()));
        }
        return given;
    }
}
