package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
            return answered.stream().anyMatch(period -> period.covers(date));
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

    /**
     * One line of the board's list of examiners: every account with the examiner role, also those the
     * board has not yet given a title (who are neither asked nor planned), with how many of the exam
     * dates ahead they answered.
     */
    public record RosterEntry(
            String username,
            String name,
            String email,
            boolean active,
            List<String> titles,
            List<String> providerCodes,
            int examDatesAnswered,
            int examDatesAhead)
            implements java.io.Serializable {

        public boolean planned() {
            return !titles.isEmpty();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RosterEntry> roster() {
        Map<String, Examiner> profiles =
                em.createQuery("select e from Examiner e", Examiner.class).getResultList().stream()
                        .collect(Collectors.toMap(Examiner::username, examiner -> examiner));
        List<LocalDate> datesAhead = em.createQuery(
                        "select distinct d.date from OralExamDay d where d.date >= :today order by d.date",
                        LocalDate.class)
                .setParameter("today", LocalDate.now(clock))
                .getResultList();
        return accounts.findAll(null, Role.EXAMINER, 0, Integer.MAX_VALUE).stream()
                .map(account -> {
                    Optional<Examiner> profile = Optional.ofNullable(profiles.get(account.username()));
                    return new RosterEntry(
                            account.username(),
                            profile.map(Examiner::fullName).orElse(account.displayName()),
                            profile.map(Examiner::email).orElse(account.email()),
                            account.isActive(),
                            profile.map(e -> List.copyOf(e.titles())).orElse(List.of()),
                            profile.map(e -> List.copyOf(e.providerCodes())).orElse(List.of()),
                            (int) datesAhead.stream()
                                    .filter(date -> profile.map(e -> e.hasAnswered(date))
                                            .orElse(false))
                                    .count(),
                            datesAhead.size());
                })
                // those without a title first: the board still has to say whom they may examine
                .sorted(Comparator.comparing(RosterEntry::planned)
                        .thenComparing(RosterEntry::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(RosterEntry::username))
                .toList();
    }

    /** Active examiner accounts the board has not given a title: they can neither be asked nor planned. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long withoutTitle() {
        // the account's activity is read, not compared: EclipseLink writes "active = 1" in this count,
        // which H2 refuses for a boolean column
        return em
                .createQuery(
                        "select a.active from Account a join a.roles r where r = :role"
                                + " and not exists (select e from Examiner e join e.titles t"
                                + " where e.accountUsername = a.username)",
                        Boolean.class)
                .setParameter("role", Role.EXAMINER)
                .getResultList()
                .stream()
                .filter(Boolean.TRUE::equals)
                .count();
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
        if (from == null || until == null || until.isBefore(from)) {
            throw RuleViolation.invalid("examiner.availability.period");
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

    /**
     * The examiners to ask about a date: those with an active account who may examine some title
     * and have not answered for that date. Whoever answered, also with "not available", is not asked again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExaminerView> notAnswered(LocalDate date) {
        return em
                .createQuery(
                        "select e from Examiner e, Account a where a.username = e.accountUsername and a.active = true"
                                + " order by e.fullName",
                        Examiner.class)
                .getResultList()
                .stream()
                .filter(examiner -> !examiner.titles().isEmpty())
                .filter(examiner -> !examiner.hasAnswered(date))
                .map(ExaminerView::of)
                .toList();
    }

    /**
     * Per date: how many of the examiners the board asks (a title, an active account) have not answered
     * for it, which tells the board whether asking again can still bring anyone.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<LocalDate, Integer> silentOn(Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return Map.of();
        }
        List<String> asked = em.createQuery(
                        "select distinct e.accountUsername from Examiner e join e.titles t, Account a"
                                + " where a.username = e.accountUsername and a.active = true",
                        String.class)
                .getResultList();
        Map<String, List<AnsweredPeriod>> answered = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select e.accountUsername, p.answeredFrom, p.answeredUntil from Examiner e join e.answered p"
                                + " where p.answeredUntil >= :first",
                        Object[].class)
                .setParameter("first", Collections.min(dates))
                .getResultList()) {
            answered.computeIfAbsent((String) row[0], username -> new ArrayList<>())
                    .add(new AnsweredPeriod((LocalDate) row[1], (LocalDate) row[2]));
        }
        Map<LocalDate, Integer> silent = new TreeMap<>();
        for (LocalDate date : dates) {
            silent.put(date, (int) asked.stream()
                    .filter(username -> answered.getOrDefault(username, List.of()).stream()
                            .noneMatch(period -> period.covers(date)))
                    .count());
        }
        return silent;
    }

    /** Per date from the given day on: the names of the examiners who can examine in some part of it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<LocalDate, List<String>> availableFrom(LocalDate from) {
        // per examiner, not per name: two examiners of the same name are two who can come; one whose
        // account is blocked cannot log in to score, so does not count
        Map<LocalDate, Map<String, String>> byExaminer = new TreeMap<>();
        for (Object[] row : em.createQuery(
                        "select a.availableOn, e.accountUsername, e.fullName from Examiner e join e.availability a,"
                                + " Account account where account.username = e.accountUsername and account.active = true"
                                + " and a.availableOn >= :from",
                        Object[].class)
                .setParameter("from", from)
                .getResultList()) {
            byExaminer
                    .computeIfAbsent((LocalDate) row[0], day -> new HashMap<>())
                    .put((String) row[1], (String) row[2]);
        }
        Map<LocalDate, List<String>> names = new TreeMap<>();
        byExaminer.forEach((day, examiners) ->
                names.put(day, examiners.values().stream().sorted().toList()));
        return names;
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
