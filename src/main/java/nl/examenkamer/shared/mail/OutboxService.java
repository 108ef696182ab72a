package nl.examenkamer.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.shared.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the board needs to know of the outbox: which mail has not reached its addressee and why,
 * so that a candidate who was never told (an invitation, the inzage period) does not go unnoticed.
 */
@ApplicationScoped
@Transactional
public class OutboxService {

    /** More undelivered mail than a page can usefully show means the mail server itself is down. */
    public static final int MAX_LISTED = 500;

    private static final String UNSENT = "select m from OutboxMail m where m.sentAt is null and ";
    private static final String COUNT_UNSENT = "select count(m) from OutboxMail m where m.sentAt is null and ";
    private static final Map<OutboxMail.State, String> CONDITION = Map.of(
            OutboxMail.State.WAITING, "m.attempts = 0",
            OutboxMail.State.RETRYING, "m.attempts > 0 and m.nextAttemptAt is not null",
            OutboxMail.State.GIVEN_UP, "m.attempts > 0 and m.nextAttemptAt is null");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "smtp.host")
    private Optional<String> mailServer;

    /** Without a mail server (SMTP_HOST) every mail waits; the page says so rather than look stuck. */
    public boolean mailServerConfigured() {
        return mailServer.filter(host -> !host.isBlank()).isPresent();
    }

    /** The undelivered mail: given up first, then being retried, then not tried yet; newest first in each. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UndeliveredMail> undelivered() {
        List<UndeliveredMail> listed = new ArrayList<>();
        for (OutboxMail.State state :
                List.of(OutboxMail.State.GIVEN_UP, OutboxMail.State.RETRYING, OutboxMail.State.WAITING)) {
            em.createQuery(UNSENT + CONDITION.get(state) + " order by m.id desc", OutboxMail.class)
                    .setMaxResults(MAX_LISTED - listed.size())
                    .getResultStream()
                    .map(UndeliveredMail::of)
                    .forEach(listed::add);
            if (listed.size() >= MAX_LISTED) {
                break;
            }
        }
        return listed;
    }

    /** How many undelivered mails stand in each state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<OutboxMail.State, Long> counts() {
        Map<OutboxMail.State, Long> counts = new EnumMap<>(OutboxMail.State.class);
        CONDITION.keySet().forEach(state -> counts.put(state, count(state)));
        return counts;
    }

    /** How many undelivered mails stand in this state (WAITING, RETRYING or GIVEN_UP). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(OutboxMail.State state) {
        return em.createQuery(COUNT_UNSENT + CONDITION.get(state), Long.class).getSingleResult();
    }

    /** Has a mail given up on tried again at once (audited): the board has had its cause put right. */
    public UndeliveredMail tryAgain(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw RuleViolation.notFound("mail.notFound", String.valueOf(id));
        }
        mail.tryAgain(clock.instant());
        auditLog.record(AuditEvent.of("mail.tried-again", "mail", id)
                .withDetails("to=" + mail.recipient() + " attempts=" + mail.attempts()));
        return UndeliveredMail.of(mail);
    }
}
