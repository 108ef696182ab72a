package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.mail.MailLinks;
import nl.examenkamer.shared.mail.MailOutbox;
import nl.examenkamer.shared.mail.MailText;

/**
 * Tells every candidate with a result that it has been published, and until when they may ask to
 * see their exam: the inspection period runs from publication, so a candidate who never looks
 * loses it. The mail holds no result; that is for the candidate's own page.
 */
@ApplicationScoped
public class ResultMail {

    @Inject
    private AttemptStore attempts;

    @Inject
    private ExamSessions sessions;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AccountService accounts;

    @Inject
    private MailLinks links;

    @Inject
    private Clock clock;

    /** Queued in the publication's transaction: no mail for a publication that did not commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int published(ExamSession session) {
        int queued = 0;
        List<Candidate> candidates = sessions.candidatesOf(attempts.scoredEnrolments(session.id()));
        Function<String, Locale> languages = accounts.mailLanguages(candidates.stream()
                .flatMap(candidate -> candidate.accountUsername().stream())
                .toList());
        for (Candidate candidate : candidates) {
            if (candidate.email() == null || candidate.email().isBlank()) {
                continue;
            }
            Locale language = languages.apply(candidate.accountUsername().orElse(null));
            String until = MailText.moment(language, session.inzageRequestUntil(), clock.getZone());
            outbox.queue(
                    candidate.email(),
                    Messages.text(language, "result.mail.subject", session.name()),
                    links.signed(
                            Messages.text(language, "result.mail.body", candidate.fullName(), session.name(), until),
                            Role.CANDIDATE.homePage()),
                    null,
                    null);
            queued++;
        }
        return queued;
    }
}
