package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.shared.RuleViolation;

/** Finds oral exams, their forms and the people around them; no business decisions here. */
@ApplicationScoped
public class OralExams {

    private static final int IN_LIST = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CandidateRegistry registry;

    public Optional<OralExam> find(long id) {
        return Optional.ofNullable(em.find(OralExam.class, id));
    }

    public OralExam require(long id) {
        return find(id).orElseThrow(() -> RuleViolation.notFound("oral.exam.notFound", String.valueOf(id)));
    }

    public OralExam requireForUpdate(long id) {
        OralExam exam = require(id);
        em.lock(exam, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(exam);
        return exam;
    }

    public List<PlanningRules.Booking> bookingsAround(Instant start) {
        return em
                .createQuery(
                        "select e from OralExam e where e.status <> :cancelled and e.startsAt > :from and e.startsAt < :until",
                        OralExam.class)
                .setParameter("cancelled", OralExamStatus.CANCELLED)
                .setParameter("from", start.minus(Duration.ofDays(1)))
                .setParameter("until", start.plus(Duration.ofDays(1)))
                .getResultList()
                .stream()
                .map(OralExam::booking)
                .toList();
    }

    public List<OralExam> between(Instant from, Instant until) {
        return em.createQuery(
                        "select e from OralExam e where e.startsAt >= :from and e.startsAt < :until order by e.startsAt, e.id",
                        OralExam.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList();
    }

    /**
     * Exams whose result a candidate waits for: planned, not released, and either begun before
     * {@code now} or already decided (a final form exists, which can precede the planned day).
     */
    public List<OralExam> resultPending(Instant now) {
        return em.createQuery(
                        "select e from OralExam e where e.status = :planned and (e.startsAt < :now or exists"
                                + " (select v from Verdict v where v.examId = e.id and v.status = :finalised))"
                                + " order by e.startsAt, e.id",
                        OralExam.class)
                .setParameter("planned", OralExamStatus.PLANNED)
                .setParameter("now", now)
                .setParameter("finalised", Verdict.Status.FINALISED)
                .getResultList();
    }

    /** The exams of the given ids that are still planned, in one query. */
    public List<OralExam> planned(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select e from OralExam e where e.status = :planned and e.id in :ids order by e.startsAt, e.id",
                        OralExam.class)
                .setParameter("planned", OralExamStatus.PLANNED)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    /** Planned exams that start at or after {@code from}, soonest first. */
    public List<OralExam> plannedFrom(Instant from) {
        return em.createQuery(
                        "select e from OralExam e where e.status = :planned and e.startsAt >= :from order by e.startsAt, e.id",
                        OralExam.class)
                .setParameter("planned", OralExamStatus.PLANNED)
                .setParameter("from", from)
                .getResultList();
    }

    /**
     * Candidates who may sit the title's oral exam (passed its published written exam, or admitted by
     * the board) and have none planned or held for it, longest waiting first: since the earlier of
     * the publication of the result they passed and the board's admission.
     */
    public List<String> waitingForOralExam(String title) {
        @SuppressWarnings("unchecked")
        List<String> numbers = em.createNativeQuery("SELECT w.candidate_number FROM (SELECT c.candidate_number,"
                        + " (SELECT MIN(s.published_at) FROM attempt a JOIN enrolment e ON e.id = a.enrolment_id"
                        + " JOIN exam_session s ON s.id = a.session_id WHERE e.candidate_id = c.id AND s.title = ?"
                        + " AND s.status = 'PUBLISHED' AND a.passed = TRUE) AS passed_at,"
                        + " (SELECT o.marked_at FROM oral_eligibility o WHERE o.candidate_number = c.candidate_number"
                        + " AND o.title = ?) AS admitted_at FROM candidate c) w"
                        + " WHERE (w.passed_at IS NOT NULL OR w.admitted_at IS NOT NULL) AND NOT EXISTS (SELECT 1"
                        + " FROM oral_exam x WHERE x.candidate_number = w.candidate_number AND x.title = ?"
                        + " AND x.status <> 'CANCELLED')"
                        + " ORDER BY COALESCE(LEAST(w.passed_at, w.admitted_at), w.passed_at, w.admitted_at),"
                        + " w.candidate_number")
                .setParameter(1, title)
                .setParameter(2, title)
                .setParameter(3, title)
                .getResultList();
        return List.copyOf(numbers);
    }

    public List<OralRoom> roomsOf(OralExamDay day) {
        return em.createQuery("select r from OralRoom r where r.day = :day order by r.name", OralRoom.class)
                .setParameter("day", day)
                .getResultList();
    }

    public List<OralExam> assignedTo(String examiner) {
        return em.createQuery(
                        "select e from OralExam e where (e.chair = :examiner or e.second = :examiner) and e.status <> :cancelled"
                                + " order by e.startsAt",
                        OralExam.class)
                .setParameter("examiner", examiner)
                .setParameter("cancelled", OralExamStatus.CANCELLED)
                .getResultList();
    }

    public List<OralExam> ofCandidate(String candidateNumber) {
        return em.createQuery(
                        "select e from OralExam e where e.candidateNumber = :number order by e.startsAt desc",
                        OralExam.class)
                .setParameter("number", candidateNumber)
                .getResultList();
    }

    public Optional<ScoreSheet> sheet(long examId, String examiner) {
        return em.createQuery(
                        "select s from ScoreSheet s where s.examId = :exam and s.examiner = :examiner",
                        ScoreSheet.class)
                .setParameter("exam", examId)
                .setParameter("examiner", examiner)
                .getResultStream()
                .findFirst();
    }

    /** Whether any examiner has submitted a form for the exam: it has been held and judged. */
    public boolean judged(long examId) {
        return !em.createQuery(
                        "select s.id from ScoreSheet s where s.examId = :exam and s.submittedAt is not null",
                        Long.class)
                .setParameter("exam", examId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<Verdict> latestVerdict(long examId) {
        return em.createQuery("select v from Verdict v where v.examId = :exam order by v.versionNo desc", Verdict.class)
                .setParameter("exam", examId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<Verdict> verdicts(long examId) {
        return em.createQuery("select v from Verdict v where v.examId = :exam order by v.versionNo", Verdict.class)
                .setParameter("exam", examId)
                .getResultList();
    }

    public List<OralExamChange> history(long examId) {
        return em.createQuery(
                        "select c from OralExamChange c where c.examId = :exam order by c.changedAt, c.id",
                        OralExamChange.class)
                .setParameter("exam", examId)
                .getResultList();
    }

    public Optional<OralRoom> room(long id) {
        return Optional.ofNullable(em.find(OralRoom.class, id));
    }

    public Optional<Candidate> candidate(String number) {
        return CandidateNumber.isValid(number) ? registry.find(new CandidateNumber(number)) : Optional.empty();
    }

    public Set<String> providersOf(String candidateNumber) {
        return providersOf(List.of(candidateNumber)).get(candidateNumber);
    }

    /**
     * The training providers of each candidate, in one query per {@value #IN_LIST} candidates rather
     * than one per candidate: the board's pages check every planned exam against them.
     */
    public Map<String, Set<String>> providersOf(Collection<String> candidateNumbers) {
        Map<String, Set<String>> providers = new HashMap<>();
        List<String> numbers = List.copyOf(new LinkedHashSet<>(candidateNumbers));
        numbers.forEach(number -> providers.put(number, new HashSet<>()));
        for (int from = 0; from < numbers.size(); from += IN_LIST) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + IN_LIST));
            Query query = em.createNativeQuery("SELECT c.candidate_number, p.code FROM provider_candidate pc"
                    + " JOIN provider_organisation p ON p.id = pc.provider_id"
                    + " JOIN candidate c ON c.id = pc.candidate_id WHERE c.candidate_number IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 1, chunk.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            for (Object[] row : rows) {
                providers.get((String) row[0]).add(((String) row[1]).toUpperCase(Locale.ROOT));
            }
        }
        return providers;
    }

    /** Passed a published written exam for the title, or marked eligible by the board. */
    public boolean eligible(String candidateNumber, String title) {
        Number passed = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM attempt a JOIN enrolment e ON e.id = a.enrolment_id"
                                + " JOIN exam_session s ON s.id = a.session_id JOIN candidate c ON c.id = e.candidate_id"
                                + " WHERE c.candidate_number = ? AND s.title = ? AND s.status = 'PUBLISHED' AND a.passed = TRUE")
                .setParameter(1, candidateNumber)
                .setParameter(2, title)
                .getSingleResult();
        if (passed.longValue() > 0) {
            return true;
        }
        Number marked = (Number)
                em.createNativeQuery("SELECT COUNT(*) FROM oral_eligibility WHERE candidate_number = ? AND title = ?")
                        .setParameter(1, candidateNumber)
                        .setParameter(2, title)
                        .getSingleResult();
        return marked.longValue() > 0;
    }

    public void markEligible(String candidateNumber, String title, String reason, Instant at, String by) {
        em.createNativeQuery("DELETE FROM oral_eligibility WHERE candidate_number = ? AND title = ?")
                .setParameter(1, candidateNumber)
                .setParameter(2, title)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO oral_eligibility (candidate_number, title, reason, marked_by, marked_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, candidateNumber)
                .setParameter(2, title)
                .setParameter(3, reason)
                .setParameter(4, by)
                .setParameter(5, java.sql.Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)))
                .executeUpdate();
    }
}
