package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.mail.CalendarInvite;
import nl.examenkamer.shared.mail.MailLinks;
import nl.examenkamer.shared.mail.MailOutbox;
import nl.examenkamer.shared.mail.MailText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a candidate they are enrolled in a written session, that their time changed, or that they
 * are no longer enrolled, each with a version of one calendar event that blocks the start window
 * and their own time to finish: the invitation, an update per change of extra time, the
 * cancellation.
 */
@ApplicationScoped
public class EnrolmentMail {

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailLinks links;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "smtp.from", defaultValue = "examens@examenkamer.nl")
    private String organizerEmail;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enrolled(Enrolment enrolment) {
        send(
                enrolment,
                CalendarInvite.Method.REQUEST,
                enrolment.calendarSequence(),
                "enrolment.mail.subject",
                "enrolment.mail.body");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void timeChanged(Enrolment enrolment) {
        send(
                enrolment,
                CalendarInvite.Method.REQUEST,
                enrolment.calendarSequence(),
                "enrolment.mail.changed.subject",
                "enrolment.mail.changed.body");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(Enrolment enrolment) {
        send(
                enrolment,
                CalendarInvite.Method.CANCEL,
                enrolment.calendarSequence() + 1,
                "enrolment.mail.withdrawn.subject",
                "enrolment.mail.withdrawn.body");
    }

    private void send(
            Enrolment enrolment, CalendarInvite.Method method, int sequence, String subjectKey, String bodyKey) {
        Candidate candidate = enrolment.candidate(); // every candidate has an address (NOT NULL, required)
        Locale language = accounts.mailLanguage(candidate.accountUsername().orElse(null));
        ExamSession session = enrolment.session();
        String where = session.online() ? Messages.text(language, "enrolment.mail.online") : session.location();
        String opens = MailText.moment(language, session.windowStart(), clock.getZone());
        String closes = MailText.time(session.windowEnd(), clock.getZone());
        int minutes = Deadline.minutes(session.durationMinutes(), enrolment.extraTimePercentage());
        CalendarInvite invite = new CalendarInvite(
                "enrolment-" + enrolment.id() + "@examenkamer.nl",
                sequence,
                method,
                session.windowStart(),
                latestEnd(session, minutes),
                clock.instant(),
                Messages.text(language, "enrolment.mail.summary", session.name()),
                where,
                Messages.text(language, "enrolment.mail.description", session.name(), closes, minutes),
                new CalendarInvite.Person(Messages.text(language, "mail.organizer"), organizerEmail, false),
                List.of(new CalendarInvite.Person(candidate.fullName(), candidate.email(), false)));
        outbox.queue(
                candidate.email(),
                Messages.text(language, subjectKey, session.name(), opens),
                links.signed(
                        Messages.text(
                                language,
                                bodyKey,
                                candidate.fullName(),
                                session.name(),
                                opens,
                                closes,
                                minutes,
                                enrolment.extraTimePercentage(),
                                where),
                        Role.CANDIDATE.homePage()),
                invite.toIcs(),
                method.name());
    }

    /** Who starts at the last moment of the window finishes at this time. */
    private static Instant latestEnd(ExamSession session, int minutes) {
        return session.windowEnd().plusSeconds(minutes * 60L);
    }
}
