package nl.examenkamer.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row a registration locks, so that one person is never registered twice at once. */
@Entity
@Table(name = "candidate_registration_lock")
public class CandidateRegistrationLock {

    @Id
    private Integer id;

    protected CandidateRegistrationLock() {}
}
