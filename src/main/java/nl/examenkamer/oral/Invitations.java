package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.mail.CalendarInvite;
import nl.examenkamer.shared.mail.MailLinks;
import nl.examenkamer.shared.mail.MailOutbox;
import nl.examenkamer.shared.mail.MailText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The e-mails that go out when an oral exam is planned, changed, cancelled or annulled: one to the candidate
 * and one to each examiner, each in its reader's language and carrying the same calendar event.
 */
@ApplicationScoped
public class Invitations {

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailLinks links;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "smtp.from", defaultValue = "examens@examenkamer.nl")
    private String organizerEmail;

    public enum Occasion {
        PLANNED,
        CHANGED,
        CANCELLED,
        /** Cancelled after it was held and judged: there will be no result of it. */
        ANNULLED;

        boolean removesTheEvent() {
            return this == CANCELLED || this == ANNULLED;
        }
    }

    /** Someone the exam concerns, with the language their mail goes out in. */
    public record Person(String name, String email, Locale language) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(OralExam exam, Occasion occasion, Person candidate, Person chair, Person second) {
        for (Person person : List.of(candidate, chair, second)) {
            Locale language = person.language();
            String moment = MailText.moment(language, exam.slot().start());
            String occasionKey = occasion.name().toLowerCase(Locale.ROOT);
            String body = Messages.text(
                    language,
                    "oral.mail.body." + occasionKey,
                    person.name(),
                    exam.title(),
                    moment,
                    exam.room().whereabouts(),
                    candidate.name(),
                    chair.name(),
                    second.name());
            CalendarInvite invite = invite(exam, occasion, language, candidate, chair, second);
            outbox.queue(
                    person.email(),
                    Messages.text(language, "oral.mail.subject." + occasionKey, moment),
                    links.signed(body, page(exam, occasion, person == candidate)),
                    invite.toIcs(),
                    invite.method().name());
        }
    }

    /**
     * Tells an examiner taken off a rescheduled exam that it is no longer theirs, with a cancellation of
     * the same event: otherwise it stays in their calendar at the time they were given, and they come.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void relieve(OralExam exam, ExamSlot previousSlot, Person relieved, Person candidate) {
        Locale language = relieved.language();
        String moment = MailText.moment(language, previousSlot.start());
        CalendarInvite cancel = new CalendarInvite(
                exam.calendarUid(),
                exam.calendarSequence(),
                CalendarInvite.Method.CANCEL,
                previousSlot.start().toInstant(),
                previousSlot.end().toInstant(),
                clock.instant(),
                Messages.text(language, "oral.mail.summary", exam.title(), candidate.name()),
                exam.room().whereabouts(),
                Messages.text(language, "oral.mail.description.relieved", exam.title(), candidate.name()),
                new CalendarInvite.Person(Messages.text(language, "mail.organizer"), organizerEmail, false),
                List.of(new CalendarInvite.Person(relieved.name(), relieved.email(), false)));
        outbox.queue(
                relieved.email(),
                Messages.text(language, "oral.mail.subject.relieved", moment),
                links.signed(
                        Messages.text(
                                language,
                                "oral.mail.body.relieved",
                                relieved.name(),
                                exam.title(),
                                moment,
                                candidate.name()),
                        Role.EXAMINER.homePage()),
                cancel.toIcs(),
                cancel.method().name());
    }

    /** Where a mail about the exam sends its reader: an examiner to the exam while it is still theirs. */
    private static String page(OralExam exam, Occasion occasion, boolean toTheCandidate) {
        if (toTheCandidate) {
            return Role.CANDIDATE.homePage();
        }
        return occasion.removesTheEvent() ? Role.EXAMINER.homePage() : "/examiner/oral.xhtml?id=" + exam.id();
    }

    /** The calendar event, the same for everyone (one UID and sequence) but told in the reader's language. */
    private CalendarInvite invite(
            OralExam exam, Occasion occasion, Locale language, Person candidate, Person chair, Person second) {
        ExamSlot slot = exam.slot();
        return new CalendarInvite(
                exam.calendarUid(),
                exam.calendarSequence(),
                occasion.removesTheEvent() ? CalendarInvite.Method.CANCEL : CalendarInvite.Method.REQUEST,
                slot.start().toInstant(),
                slot.end().toInstant(),
                clock.instant(),
                Messages.text(language, "oral.mail.summary", exam.title(), candidate.name()),
                exam.room().whereabouts(),
                Messages.text(
                        language, "oral.mail.description", exam.title(), candidate.name(), chair.name(), second.name()),
                new CalendarInvite.Person(Messages.text(language, "mail.organizer"), organizerEmail, false),
                List.of(
                        new CalendarInvite.Person(candidate.name(), candidate.email(), false),
                        new CalendarInvite.Person(chair.name(), chair.email(), true),
                        new CalendarInvite.Person(second.name(), second.email(), false)));
    }
}
