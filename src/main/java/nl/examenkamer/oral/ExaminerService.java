package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentViews;
import nl.examenkamer.identity.Account;
import nl.examenkamer.identity.AccountRepository;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.RuleViolation;

/**
 * Examiner profiles: the board decides which titles an examiner may examine and which training
 * providers they are linked to; the examiner declares availability and conflicts of interest.
 */
@ApplicationScoped
@Transactional
public class ExaminerService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    /** What an examiner's profile shows; no entity leaves the service. */
    public record ExaminerView(
            String username,
            String name,
            String email,
            List<String> titles,
            List<String> providerCodes,
            List<Availability> availability,
            List<AnsweredPeriod> answered,
            List<String> conflictCandidates) {

        /** Whether the examiner gave this date, parts or none; not having answered is not the same as "no". */
        public boolean hasAnswered(LocalDate date) {
            return AnsweredPeriod.anyCovers(answered, date);
        }

        static ExaminerView of(Examiner examiner) {
            return new ExaminerView(
                    examiner.username(),
                    examiner.fullName(),
                    examiner.email(),
                    List.copyOf(examiner.titles()),
                    List.copyOf(examiner.providerCodes()),
                    examiner.availability().stream()
                            .sorted((a, b) -> a.day().equals(b.day())
                                    ? a.part().compareTo(b.part())
                                    : a.day().compareTo(b.day()))
                            .toList(),
                    examiner.answered().stream()
                            .sorted(Comparator.comparing(AnsweredPeriod::from))
                            .toList(),
                    examiner.conflicts().stream()
                            .map(Examiner.Conflict::candidateNumber)
                            .sorted()
                            .toList());
        }
    }

    public ExaminerView saveProfile(String username, Set<String> titles, Set<String> providerCodes) {
        Account account = accounts.findByUsername(Account.normaliseUsername(String.valueOf(username)))
                .filter(a -> a.hasRole(Role.EXAMINER))
                .orElseThrow(() -> RuleViolation.invalid("examiner.account.unknown", String.valueOf(username)));
        if (account.email() == null || account.email().isBlank()) {
            throw RuleViolation.invalid("examiner.account.noEmail", account.username());
        }
        Set<String> knownTitles =
                catalog.titles().stream().map(ContentViews.TitleView::code).collect(Collectors.toSet());
        Set<String> cleanTitles = new TreeSet<>();
        for (String title : titles == null ? Set.<String>of() : titles) {
            String code = title.strip().toUpperCase(Locale.ROOT);
            if (!knownTitles.contains(code)) {
                throw RuleViolation.invalid("examiner.title.unknown", title);
            }
            cleanTitles.add(code);
        }
        Set<String> cleanProviders = new TreeSet<>();
        for (String provider : providerCodes == null ? Set.<String>of() : providerCodes) {
            String code = provider.strip().toUpperCase(Locale.ROOT);
            accounts.findProvider(code).orElseThrow(() -> RuleViolation.invalid("examiner.provider.unknown", provider));
            cleanProviders.add(code);
        }
        Examiner examiner = find(account.username()).orElseGet(() -> {
            Examiner created = new Examiner(account.username(), account.displayName(), account.email());
            em.persist(created);
            return created;
        });
        examiner.qualify(account.displayName(), account.email(), cleanTitles, cleanProviders);
        auditLog.record(AuditEvent.of("examiner.profile", "examiner", account.username())
                .withDetails("titles=" + cleanTitles + " providers=" + cleanProviders));
        return ExaminerView.of(examiner);
    }

    public ExaminerView declareAvailability(
            String username, LocalDate from, LocalDate until, Set<Availability> declared) {
        if (from == null || until == null) {
            throw RuleViolation.invalid("examiner.availability.period");
        }
        if (until.isBefore(from)) {
            throw RuleViolation.invalid("examiner.availability.backwards", from, until);
        }
        if (from.plusYears(1).isBefore(until)) {
            // a year holds every exam day an examiner can foresee; more would be a typing error
            throw RuleViolation.invalid("examiner.availability.tooLong", from, until);
        }
        for (Availability availability : declared) {
            if (availability.day().isBefore(from) || availability.day().isAfter(until)) {
                throw RuleViolation.invalid("examiner.availability.outside", availability.day(), from, until);
            }
        }
        Examiner examiner = require(username);
        examiner.declareAvailability(from, until, declared);
        auditLog.record(AuditEvent.of("examiner.availability", "examiner", username)
                .withDetails(from + ".." + until + ": " + declared.size() + " parts of days"));
        return ExaminerView.of(examiner);
    }

    public ExaminerView declareConflict(String username, String candidateNumber, String reason) {
        String number = CandidateNumber.required(candidateNumber).value();
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("examiner.conflict.reason");
        }
        Examiner examiner = require(username);
        examiner.declareConflict(number, reason.strip(), clock.instant());
        auditLog.record(AuditEvent.of("examiner.conflict", "examiner", username)
                .because(reason.strip())
                .withDetails("candidate=" + number));
        return ExaminerView.of(examiner);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExaminerView> profile(String username) {
        return find(username).map(ExaminerView::of);
    }

    /** The dates from today on with oral exams, each with what the examiner declared for it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExamDayAnswer> examDaysAhead(String username) {
        List<ExamDayAnswer.Opened> days = em
                .createQuery("select d from OralExamDay d where d.date >= :today order by d.date", OralExamDay.class)
                .setParameter("today", LocalDate.now(clock))
                .getResultList()
                .stream()
                .map(day -> new ExamDayAnswer.Opened(day.date(), day.location()))
                .toList();
        Optional<Examiner> examiner = find(username);
        return ExamDayAnswer.of(
                days,
                examiner.map(Examiner::availability).orElse(Set.of()),
                examiner.map(Examiner::answered).orElse(Set.of()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExaminerView> all() {
        return em.createQuery("select e from Examiner e order by e.fullName", Examiner.class).getResultList().stream()
                .map(ExaminerView::of)
                .toList();
    }

    Optional<Examiner> find(String username) {
        return em.createQuery("select e from Examiner e where e.accountUsername = :username", Examiner.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    private Examiner require(String username) {
        return find(username).orElseThrow(() -> RuleViolation.notFound("examiner.profile.missing", username));
    }
}
