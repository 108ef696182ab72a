package nl.examenkamer.shared.mail.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.mail.OutboxMail;
import nl.examenkamer.shared.mail.OutboxService;
import nl.examenkamer.shared.mail.UndeliveredMail;
import nl.examenkamer.web.PageMessages;

/**
 * The board's page of mail that has not reached its addressee, and the notice on the board's home
 * page. View-scoped so that a row's button acts on the mail it was shown with, even when a mail
 * given up on meanwhile would put another one at that row.
 */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxService outbox;

    @Inject
    private PageMessages messages;

    private List<UndeliveredMail> undelivered;
    private final Map<OutboxMail.State, Long> counts = new EnumMap<>(OutboxMail.State.class);

    public List<UndeliveredMail> getUndelivered() {
        if (undelivered == null) {
            undelivered = outbox.undelivered();
        }
        return undelivered;
    }

    /** Counted per state asked for: the board's home page asks only for the mail given up on. */
    public long count(String state) {
        return counts.computeIfAbsent(OutboxMail.State.valueOf(state), outbox::count);
    }

    public boolean isMailServerConfigured() {
        return outbox.mailServerConfigured();
    }

    public boolean isTruncated() {
        return getUndelivered().size() >= OutboxService.MAX_LISTED;
    }

    public void tryAgain(UndeliveredMail mail) {
        try {
            outbox.tryAgain(mail.id());
            messages.info("mail.triedAgain", mail.recipient());
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
        undelivered = null;
        counts.clear();
    }
}
