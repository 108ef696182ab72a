package nl.examenkamer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the audit log. {@link #record} joins the caller's transaction (and demands
 * one), so an audit row exists exactly when the decision it describes was committed.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentActor currentActor;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEvent event) {
        em.persist(new AuditEntry(clock.instant(), currentActor.name(), event));
    }

    /** For work without a logged-in user (start-up, scheduled closing of exams): names the actor. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, AuditEvent event) {
        em.persist(new AuditEntry(clock.instant(), actor, event));
    }

    /** Newest first, as the board browses the log; oldest first, as a report tells what happened. */
    public enum Order {
        NEWEST_FIRST,
        OLDEST_FIRST
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> find(AuditFilter filter, int first, int pageSize) {
        return find(filter, Order.NEWEST_FIRST, first, pageSize);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> find(AuditFilter filter, Order order, int first, int pageSize) {
        boolean oldestFirst = order == Order.OLDEST_FIRST;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.where(conditions(cb, entry, filter))
                .orderBy(
                        oldestFirst ? cb.asc(entry.get("occurredAt")) : cb.desc(entry.get("occurredAt")),
                        oldestFirst ? cb.asc(entry.get("id")) : cb.desc(entry.get("id")));
        TypedQuery<AuditEntry> typed =
                em.createQuery(query).setFirstResult(first).setMaxResults(pageSize);
        return typed.getResultList().stream().map(AuditEntryView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(conditions(cb, entry, filter));
        return em.createQuery(query).getSingleResult();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEntry e order by e.action", String.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> objectTypes() {
        return em.createQuery("select distinct e.objectType from AuditEntry e order by e.objectType", String.class)
                .getResultList();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEntry> entry, AuditFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        if (present(filter.actor())) {
            conditions.add(cb.equal(entry.get("actor"), filter.actor().trim().toLowerCase()));
        }
        if (present(filter.action())) {
            String action = filter.action().trim();
            conditions.add(cb.or(cb.equal(entry.get("action"), action), cb.like(entry.get("action"), action + "%")));
        }
        if (present(filter.objectType())) {
            conditions.add(cb.equal(entry.get("objectType"), filter.objectType().trim()));
        }
        if (present(filter.objectId())) {
            conditions.add(cb.equal(entry.get("objectId"), filter.objectId().trim()));
        }
        if (filter.from() != null) {
            conditions.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            conditions.add(cb.lessThan(entry.get("occurredAt"), filter.until()));
        }
        return conditions.toArray(Predicate[]::new);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
