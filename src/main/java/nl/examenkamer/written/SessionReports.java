package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.examenkamer.audit.CurrentActor;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.shared.RuleViolation;

/** Draws up a session's report from what is stored: the session, its attempts and its audit trail. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionReports {

    @Inject
    private ExamSessionService sessions;

    @Inject
    private SessionIncidents incidents;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    public SessionReport of(String code) {
        SessionView session = sessions.find(code).orElseThrow(() -> RuleViolation.notFound("session.notFound", code));
        return new SessionReport(
                session,
                ProctorSummary.of(sessions.proctor(session.code())),
                sessions.accommodations(session.code()),
                sessions.withdrawals(session.code()),
                sessions.extraTimeGiven(session.code()),
                incidents.of(session.code()),
                clock.instant(),
                currentActor.name());
    }

    /** The report as the PDF the board files, in the reader's language and the platform's time zone. */
    public byte[] pdf(String code, Locale locale) {
        SessionReport report = of(code);
        Map<String, String> displayNames = new HashMap<>();
        for (String username : report.signatories()) {
            accounts.find(username).ifPresent(account -> displayNames.put(username, account.displayName()));
        }
        return SessionReportPdf.render(report, displayNames, locale, clock.getZone());
    }
}
