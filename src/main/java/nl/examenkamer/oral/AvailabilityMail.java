package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.mail.MailLinks;
import nl.examenkamer.shared.mail.MailOutbox;
import nl.examenkamer.shared.mail.MailText;

/** Asks examiners, each in their own language, on which parts of an exam day they can examine. */
@ApplicationScoped
public class AvailabilityMail {

    @Inject
    private MailOutbox outbox;

    @Inject
    private AccountService accounts;

    @Inject
    private MailLinks links;

    /** Queued in the asking transaction: no mail for a request that did not commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ask(OralExamDay day, List<ExaminerService.ExaminerView> examiners) {
        Function<String, Locale> languages = accounts.mailLanguages(
                examiners.stream().map(ExaminerService.ExaminerView::username).toList());
        for (ExaminerService.ExaminerView examiner : examiners) {
            Locale language = languages.apply(examiner.username());
            String date = MailText.date(language, day.date());
            outbox.queue(
                    examiner.email(),
                    Messages.text(language, "oral.mail.subject.availability", date),
                    links.signed(
                            Messages.text(
                                    language, "oral.mail.body.availability", examiner.name(), date, day.location()),
                            Role.EXAMINER.homePage() + "#availability"),
                    null,
                    null);
        }
    }
}
