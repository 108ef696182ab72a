package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.mail.CalendarInvite;
import nl.examenkamer.shared.mail.MailOutbox;
import nl.examenkamer.shared.mail.MailText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mails that go out when an oral exam is planned, changed or cancelled: one to the candidate
 * and one to each examiner, each carrying the same calendar event.
 */
@ApplicationScoped
public class Invitations {

    @Inject
    private MailOutbox outbox;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "smtp.from", defaultValue = "examens@examenkamer.nl")
    private String organizerEmail;

    public enum Occasion {
        PLANNED,
        CHANGED,
        CANCELLED
    }

    public record Person(String name, String email) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(OralExam exam, Occasion occasion, Person candidate, Person chair, Person second) {
        ExamSlot slot = exam.slot();
        Locale dutch = Messages.DUTCH;
        String summary = Messages.text(dutch, "oral.mail.summary", exam.title(), candidate.name());
        CalendarInvite invite = new CalendarInvite(
                exam.calendarUid(),
                exam.calendarSequence(),
                occasion == Occasion.CANCELLED ? CalendarInvite.Method.CANCEL : CalendarInvite.Method.REQUEST,
                slot.start().toInstant(),
                slot.end().toInstant(),
                clock.instant(),
                summary,
                exam.room().whereabouts(),
                Messages.text(
                        dutch, "oral.mail.description", exam.title(), candidate.name(), chair.name(), second.name()),
                new CalendarInvite.Person(Messages.text(dutch, "mail.organizer"), organizerEmail, false),
                List.of(
                        new CalendarInvite.Person(candidate.name(), candidate.email(), false),
                        new CalendarInvite.Person(chair.name(), chair.email(), true),
                        new CalendarInvite.Person(second.name(), second.email(), false)));
        String ics = invite.toIcs();
        String subject = Messages.text(
                dutch, "oral.mail.subject." + occasion.name().toLowerCase(Locale.ROOT), MailText.moment(slot.start()));
        for (Person person : List.of(candidate, chair, second)) {
            String body = Messages.text(
                    dutch,
                    "oral.mail.body." + occasion.name().toLowerCase(Locale.ROOT),
                    person.name(),
                    exam.title(),
                    MailText.moment(slot.start()),
                    exam.room().whereabouts(),
                    candidate.name(),
                    chair.name(),
                    second.name());
            outbox.queue(person.email(), subject, body, ics, invite.method().name());
        }
    }
}
