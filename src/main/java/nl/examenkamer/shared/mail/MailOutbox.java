package nl.examenkamer.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Mail to send, queued in the caller's transaction; {@link MailSender} delivers it after the commit. */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** A mail with an optional calendar part: {@code calendarMethod} is REQUEST or CANCEL. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body, String calendar, String calendarMethod) {
        em.persist(new OutboxMail(recipient, subject, body, calendar, calendarMethod, clock.instant()));
    }

    /** The mail due now: new mail, and failed mail whose wait is over (oldest first). */
    @Transactional
    public List<OutboxMail> due(int limit) {
        return em.createQuery(
                        "select m from OutboxMail m where m.sentAt is null"
                                + " and (m.attempts = 0 or m.nextAttemptAt <= :now) order by m.id",
                        OutboxMail.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional
    public void markSent(long id) {
        em.find(OutboxMail.class, id).sent(clock.instant());
    }

    /** Answers false when the mail is given up on: it has failed for three days. */
    @Transactional
    public boolean markFailed(long id, String error) {
        return em.find(OutboxMail.class, id).failed(error, clock.instant());
    }
}
