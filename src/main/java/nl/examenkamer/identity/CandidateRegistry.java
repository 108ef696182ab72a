package nl.examenkamer.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.audit.CurrentActor;
import nl.examenkamer.shared.RuleViolation;

/**
 * The register of candidates. Registering a person who is already known (same e-mail address, or
 * same name and date of birth) gives back the existing candidate instead of a second one.
 */
@ApplicationScoped
@Transactional
public class CandidateRegistry {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    /** The outcome of a registration: the candidate, and whether they were already known. */
    public record Registration(CandidateSummary candidate, boolean existing) {}

    public Registration register(
            @NotBlank(message = "{candidate.name.required}") @Size(max = 200, message = "{field.tooLong}")
                    String fullName,
            @NotBlank(message = "{candidate.email.required}") @Email(message = "{account.email.invalid}") String email,
            @NotNull(message = "{candidate.birthDate.required}") @Past(message = "{candidate.birthDate.past}")
                    LocalDate dateOfBirth) {
        em.find(CandidateRegistrationLock.class, 1, LockModeType.PESSIMISTIC_WRITE);
        Optional<Candidate> known = findKnown(fullName, email, dateOfBirth);
        if (known.isPresent()) {
            return new Registration(CandidateSummary.of(known.get()), true);
        }
        Candidate candidate = new Candidate(fullName, email, dateOfBirth, clock.instant(), currentActor.name());
        em.persist(candidate);
        candidate.assignNumber();
        auditLog.record(AuditEvent.of(
                "candidate.registered", "candidate", candidate.number().value()));
        return new Registration(CandidateSummary.of(candidate), false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Candidate> find(CandidateNumber number) {
        return em.createQuery("select c from Candidate c where c.number = :number", Candidate.class)
                .setParameter("number", number.value())
                .getResultStream()
                .findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Candidate> findByAccount(String username) {
        return em.createQuery("select c from Candidate c where c.accountUsername = :username", Candidate.class)
                .setParameter("username", Account.normaliseUsername(username))
                .getResultStream()
                .findFirst();
    }

    /** Links a candidate to the account they log in with (the board does this). */
    public void linkAccount(
            @NotNull CandidateNumber number, @NotBlank(message = "{account.username.required}") String username) {
        Candidate candidate =
                find(number).orElseThrow(() -> RuleViolation.notFound("candidate.notFound", number.value()));
        String normalised = Account.normaliseUsername(username);
        Account account = accounts.findByUsername(normalised)
                .orElseThrow(() -> RuleViolation.notFound("account.notFound", normalised));
        if (!account.hasRole(Role.CANDIDATE)) {
            throw RuleViolation.invalid("candidate.accountNotCandidate", normalised);
        }
        findByAccount(normalised)
                .filter(other -> !other.id().equals(candidate.id()))
                .ifPresent(other -> {
                    throw RuleViolation.conflict(
                            "candidate.accountTaken", normalised, other.number().value());
                });
        candidate.linkAccount(normalised);
        auditLog.record(AuditEvent.of("candidate.account-linked", "candidate", number.value())
                .withDetails("account=" + normalised));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Candidate> search(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return em.createQuery(
                        "select c from Candidate c where lower(c.fullName) like :p or lower(c.number) like :p"
                                + " or c.email like :p order by c.number",
                        Candidate.class)
                .setParameter("p", pattern)
                .setMaxResults(max)
                .getResultList();
    }

    private Optional<Candidate> findKnown(String fullName, String email, LocalDate dateOfBirth) {
        Optional<Candidate> byEmail = em.createQuery(
                        "select c from Candidate c where c.email = :email order by c.id", Candidate.class)
                .setParameter("email", Candidate.normaliseEmail(email))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (byEmail.isPresent()) {
            return byEmail;
        }
        return em.createQuery(
                        "select c from Candidate c where c.nameKey = :name and c.dateOfBirth = :birth order by c.id",
                        Candidate.class)
                .setParameter("name", Candidate.nameKey(fullName))
                .setParameter("birth", dateOfBirth)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
