package nl.examenkamer.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in the register, identified by the candidate number the platform issued. Training
 * providers register candidates; a person who is already known is recognised (same e-mail address,
 * or same name and date of birth) and not registered twice. A candidate logs in with an account of
 * their own, which the board links to the candidate.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_seq")
    @SequenceGenerator(name = "candidate_seq", sequenceName = "candidate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "candidate_number", nullable = false, unique = true)
    private String number;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "name_key")
    private String nameKey;

    private String email;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Column(name = "account_username")
    private String accountUsername;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected Candidate() {}

    public Candidate(String fullName, String email, LocalDate dateOfBirth, Instant createdAt, String createdBy) {
        this.fullName = Objects.requireNonNull(fullName).strip();
        this.nameKey = nameKey(fullName);
        this.email = normaliseEmail(email);
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Names compared without case, accents, punctuation or spacing: "Jansen-de Vries" = "jansen de vries". */
    public static String nameKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public static String normaliseEmail(String email) {
        return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
    }

    /** Called right after the candidate was given its id: the number is derived from it. */
    public void assignNumber() {
        if (number == null) {
            number = CandidateNumber.forSequence(Objects.requireNonNull(id, "persist first"))
                    .value();
        }
    }

    public void linkAccount(String username) {
        this.accountUsername = username;
    }

    public Long id() {
        return id;
    }

    public CandidateNumber number() {
        return new CandidateNumber(number);
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Optional<String> accountUsername() {
        return Optional.ofNullable(accountUsername);
    }
}
