package nl.examenkamer.oral;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An examiner's profile: the account they log in with, the titles the board lets them examine,
 * the training providers they are linked to, and what they declared themselves: the parts of days
 * they are available and the candidates they have a conflict of interest with.
 */
@Entity
@Table(name = "examiner")
public class Examiner {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oral_seq")
    @SequenceGenerator(name = "oral_seq", sequenceName = "oral_seq", allocationSize = 50)
    private Long id;

    @Column(name = "account_username", nullable = false, updatable = false)
    private String accountUsername;

    @Column(name = "full_name")
    private String fullName;

    private String email;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "examiner_title", joinColumns = @JoinColumn(name = "examiner_id"))
    @Column(name = "title")
    private Set<String> titles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "examiner_provider", joinColumns = @JoinColumn(name = "examiner_id"))
    @Column(name = "provider_code")
    private Set<String> providerCodes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "examiner_availability", joinColumns = @JoinColumn(name = "examiner_id"))
    private Set<Available> availability = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "examiner_answered_period", joinColumns = @JoinColumn(name = "examiner_id"))
    private Set<Answered> answered = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "examiner_conflict", joinColumns = @JoinColumn(name = "examiner_id"))
    private Set<Conflict> conflicts = new HashSet<>();

    @Version
    private long version;

    @Embeddable
    public static class Answered {

        @Column(name = "answered_from")
        private LocalDate answeredFrom;

        @Column(name = "answered_until")
        private LocalDate answeredUntil;

        protected Answered() {}

        Answered(AnsweredPeriod period) {
            this.answeredFrom = period.from();
            this.answeredUntil = period.until();
        }

        AnsweredPeriod value() {
            return new AnsweredPeriod(answeredFrom, answeredUntil);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Answered that
                    && Objects.equals(answeredFrom, that.answeredFrom)
                    && Objects.equals(answeredUntil, that.answeredUntil);
        }

        @Override
        public int hashCode() {
            return Objects.hash(answeredFrom, answeredUntil);
        }
    }

    @Embeddable
    public static class Available {

        @Column(name = "available_on")
        private LocalDate availableOn;

        @Enumerated(EnumType.STRING)
        @Column(name = "day_part")
        private DayPart dayPart;

        protected Available() {}

        Available(Availability availability) {
            this.availableOn = availability.day();
            this.dayPart = availability.part();
        }

        Availability value() {
            return new Availability(availableOn, dayPart);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Available that
                    && Objects.equals(availableOn, that.availableOn)
                    && dayPart == that.dayPart;
        }

        @Override
        public int hashCode() {
            return Objects.hash(availableOn, dayPart);
        }
    }

    /** A declared conflict of interest with one candidate; only the candidate number identifies it. */
    @Embeddable
    public static class Conflict {

        @Column(name = "candidate_number")
        private String candidateNumber;

        private String reason;

        @Column(name = "declared_at")
        private Instant declaredAt;

        protected Conflict() {}

        Conflict(String candidateNumber, String reason, Instant declaredAt) {
            this.candidateNumber = candidateNumber;
            this.reason = reason;
            this.declaredAt = declaredAt;
        }

        public String candidateNumber() {
            return candidateNumber;
        }

        public String reason() {
            return reason;
        }

        public Instant declaredAt() {
            return declaredAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Conflict that && Objects.equals(candidateNumber, that.candidateNumber);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(candidateNumber);
        }
    }

    protected Examiner() {}

    public Examiner(String accountUsername, String fullName, String email) {
        this.accountUsername = Objects.requireNonNull(accountUsername);
        this.fullName = fullName;
        this.email = email;
    }

    /** What the board decides: whom they may examine, and whose providers they work for. */
    public void qualify(String newFullName, String newEmail, Set<String> newTitles, Set<String> newProviderCodes) {
        fullName = newFullName;
        email = newEmail;
        titles.clear();
        titles.addAll(newTitles);
        providerCodes.clear();
        providerCodes.addAll(newProviderCodes);
    }

    /**
     * Replaces the examiner's availability between two dates (inclusive) with what they declare now;
     * every date of the period is answered from now on, also those without a part.
     */
    public void declareAvailability(LocalDate from, LocalDate until, Set<Availability> declared) {
        AnsweredPeriod period = new AnsweredPeriod(from, until);
        availability.removeIf(a -> period.covers(a.availableOn));
        declared.stream().map(Available::new).forEach(availability::add);
        answered.removeIf(a -> period.covers(a.value()));
        answered.add(new Answered(period));
    }

    public boolean hasAnswered(LocalDate date) {
        return AnsweredPeriod.anyCovers(answered(), date);
    }

    public boolean declareConflict(String candidateNumber, String reason, Instant at) {
        return conflicts.add(new Conflict(candidateNumber, reason, at));
    }

    public PlanningRules.Examiner rules() {
        return new PlanningRules.Examiner(
                accountUsername,
                fullName,
                Set.copyOf(titles),
                Set.copyOf(providerCodes),
                availability.stream().map(Available::value).collect(Collectors.toUnmodifiableSet()),
                conflicts.stream().map(Conflict::candidateNumber).collect(Collectors.toUnmodifiableSet()));
    }

    public String username() {
        return accountUsername;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public Set<String> titles() {
        return new TreeSet<>(titles);
    }

    public Set<String> providerCodes() {
        return new TreeSet<>(providerCodes);
    }

    public Set<Availability> availability() {
        return availability.stream().map(Available::value).collect(Collectors.toSet());
    }

    public Set<AnsweredPeriod> answered() {
        return answered.stream().map(Answered::value).collect(Collectors.toSet());
    }

    public Set<Conflict> conflicts() {
        return Set.copyOf(conflicts);
    }
}
