package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.shared.RuleViolation;

/** Finds sessions and enrolments. */
@ApplicationScoped
public class ExamSessions {

    @PersistenceContext
    private EntityManager em;

    public Optional<ExamSession> find(String code) {
        return em.createQuery("select s from ExamSession s where s.code = :code", ExamSession.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public ExamSession require(String code) {
        return find(code).orElseThrow(() -> RuleViolation.notFound("session.notFound", code));
    }

    public ExamSession byId(long id) {
        return em.find(ExamSession.class, id);
    }

    public List<ExamSession> all() {
        return em.createQuery("select s from ExamSession s order by s.windowStart desc, s.code", ExamSession.class)
                .getResultList();
    }

    /** Every session not yet published, and the published ones of these codes; newest first. */
    public List<ExamSession> unpublishedAnd(Collection<String> codes) {
        TypedQuery<ExamSession> query = em.createQuery(
                        "select s from ExamSession s where s.status <> :published"
                                + (codes.isEmpty() ? "" : " or s.code in :codes")
                                + " order by s.windowStart desc, s.code",
                        ExamSession.class)
                .setParameter("published", SessionStatus.PUBLISHED);
        if (!codes.isEmpty()) {
            query.setParameter("codes", codes);
        }
        return query.getResultList();
    }

    public Optional<Enrolment> enrolment(ExamSession session, Candidate candidate) {
        return em.createQuery(
                        "select e from Enrolment e where e.session = :session and e.candidate = :candidate",
                        Enrolment.class)
                .setParameter("session", session)
                .setParameter("candidate", candidate)
                .getResultStream()
                .findFirst();
    }

    /**
     * The enrolment of the candidate with this account in the session with this code, with its
     * session and candidate, in one query: a start asks this of every candidate at once.
     */
    public Optional<Enrolment> enrolment(String sessionCode, String accountUsername) {
        return em.createQuery(
                        "select e from Enrolment e join fetch e.session s join fetch e.candidate c"
                                + " where s.code = :code and c.accountUsername = :username",
                        Enrolment.class)
                .setParameter("code", sessionCode)
                .setParameter("username", accountUsername)
                .getResultStream()
                .findFirst();
    }

    /** The session read again and locked until the transaction ends: a rescore and a publication queue here. */
    public ExamSession lock(ExamSession session) {
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        return session;
    }

    /**
     * The enrolment read again and locked until the transaction ends (two starts of one candidate,
     * or a start and the board's extra time, queue here); empty when it was withdrawn while this
     * waited for the lock. {@code em.lock} would not say so: the attempt's insert failed on its
     * foreign key instead.
     */
    public Optional<Enrolment> lock(Enrolment enrolment) {
        try {
            em.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
            return Optional.of(enrolment);
        } catch (EntityNotFoundException withdrawn) {
            return Optional.empty();
        }
    }

    public Enrolment enrolmentById(long id) {
        return em.find(Enrolment.class, id);
    }

    /** The candidates of these enrolments, in one query. */
    public List<Candidate> candidatesOf(List<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e.candidate from Enrolment e where e.id in :ids order by e.id", Candidate.class)
                .setParameter("ids", enrolmentIds)
                .getResultList();
    }

    public List<Enrolment> enrolmentsOf(Candidate candidate) {
        return em.createQuery(
                        "select e from Enrolment e where e.candidate = :candidate order by e.session.windowStart desc",
                        Enrolment.class)
                .setParameter("candidate", candidate)
                .getResultList();
    }

    /** The enrolments with extra time, by candidate number: the accommodations the session granted. */
    public List<Enrolment> withExtraTime(ExamSession session) {
        return em.createQuery(
                        "select e from Enrolment e where e.session = :session and e.extraTimePercentage > 0"
                                + " order by e.candidate.number",
                        Enrolment.class)
                .setParameter("session", session)
                .getResultList();
    }

    public long enrolled(ExamSession session) {
        return em.createQuery("select count(e) from Enrolment e where e.session = :session", Long.class)
                .setParameter("session", session)
                .getSingleResult();
    }
}
