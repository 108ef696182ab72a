package nl.examenkamer.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import nl.examenkamer.identity.Candidate;

/**
 * Keeps {@link CandidateHours} equal to the sum of each candidate's ACTIVE records. Called in the
 * same transaction as every change to a candidate's records; the candidate row is locked meanwhile,
 * so two providers booking hours for one candidate at once cannot leave a wrong total.
 */
@ApplicationScoped
public class HoursLedger {

    @PersistenceContext
    private EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<Long> candidateIds) {
        for (Long candidateId : new TreeSet<>(candidateIds)) {
            em.find(Candidate.class, candidateId, LockModeType.PESSIMISTIC_WRITE);
            em.flush();
            Map<String, ThemeHours> totals = HoursTally.perTheme(em.createQuery(
                            "select r from AttendanceRecord r where r.candidate.id = :candidate",
                            AttendanceRecord.class)
                    .setParameter("candidate", candidateId)
                    .getResultList());
            em.createQuery("delete from CandidateHours h where h.candidateId = :candidate")
                    .setParameter("candidate", candidateId)
                    .executeUpdate();
            totals.values().forEach(hours -> em.persist(new CandidateHours(candidateId, hours)));
        }
    }
}
