package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.examenkamer.identity.AccountRepository;
import nl.examenkamer.identity.Role;

/**
 * The board's view of its examiners: every examiner account with or without the profile that lets it
 * examine, and per exam date who can come, who has not answered and whom to ask.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExaminerRoster {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

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
            implements Serializable {

        public boolean planned() {
            return !titles.isEmpty();
        }
    }

    public List<RosterEntry> all() {
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

    /**
     * The examiners to ask about a date: those with an active account who may examine some title
     * and have not answered for that date. Whoever answered, also with "not available", is not asked again.
     */
    public List<ExaminerService.ExaminerView> notAnswered(LocalDate date) {
        Map<String, List<AnsweredPeriod>> answered = answeredFrom(date);
        List<String> silent = asked().stream()
                .filter(examiner -> !examiner.hasAnswered(answered, date))
                .map(Asked::username)
                .toList();
        if (silent.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select e from Examiner e where e.accountUsername in :silent order by e.fullName",
                        Examiner.class)
                .setParameter("silent", silent)
                .getResultList()
                .stream()
                .map(ExaminerService.ExaminerView::of)
                .toList();
    }

    /**
     * What the examiners the board asks replied for one date, by name: who has not answered (a request
     * would mail them) and who answered that they cannot come (asking again brings nobody there).
     */
    public record Replies(List<String> notAnswered, List<String> declined) {

        static final Replies NONE = new Replies(List.of(), List.of());
    }

    /** Per date: what the examiners the board asks replied for it. */
    public Map<LocalDate, Replies> repliesOn(Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return Map.of();
        }
        LocalDate first = Collections.min(dates);
        List<Asked> asked = asked();
        Map<String, List<AnsweredPeriod>> answered = answeredFrom(first);
        Map<LocalDate, Set<String>> available = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.availableOn, e.accountUsername from Examiner e join e.availability a"
                                + " where a.availableOn >= :first and a.availableOn <= :last",
                        Object[].class)
                .setParameter("first", first)
                .setParameter("last", Collections.max(dates))
                .getResultList()) {
            available
                    .computeIfAbsent((LocalDate) row[0], date -> new HashSet<>())
                    .add((String) row[1]);
        }
        Map<LocalDate, Replies> replies = new TreeMap<>();
        for (LocalDate date : dates) {
            List<String> notAnswered = new ArrayList<>();
            List<String> declined = new ArrayList<>();
            Set<String> canCome = available.getOrDefault(date, Set.of());
            for (Asked examiner : asked) {
                if (!examiner.hasAnswered(answered, date)) {
                    notAnswered.add(examiner.name());
                } else if (!canCome.contains(examiner.username())) {
                    declined.add(examiner.name());
                }
            }
            replies.put(date, new Replies(List.copyOf(notAnswered), List.copyOf(declined)));
        }
        return replies;
    }

    /** An examiner the board asks: one who may examine some title and whose account is active. */
    private record Asked(String username, String name) {

        boolean hasAnswered(Map<String, List<AnsweredPeriod>> answered, LocalDate date) {
            return AnsweredPeriod.anyCovers(answered.getOrDefault(username, List.of()), date);
        }
    }

    private List<Asked> asked() {
        return em
                .createQuery(
                        "select distinct e.accountUsername, e.fullName from Examiner e join e.titles t, Account a"
                                + " where a.username = e.accountUsername and a.active = true",
                        Object[].class)
                .getResultList()
                .stream()
                .map(row -> new Asked((String) row[0], (String) row[1]))
                .sorted(Comparator.comparing(Asked::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Asked::username))
                .toList();
    }

    /** Per examiner, the periods they answered that reach the given date or later. */
    private Map<String, List<AnsweredPeriod>> answeredFrom(LocalDate first) {
        Map<String, List<AnsweredPeriod>> answered = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select e.accountUsername, p.answeredFrom, p.answeredUntil from Examiner e join e.answered p"
                                + " where p.answeredUntil >= :first",
                        Object[].class)
                .setParameter("first", first)
                .getResultList()) {
            answered.computeIfAbsent((String) row[0], username -> new ArrayList<>())
                    .add(new AnsweredPeriod((LocalDate) row[1], (LocalDate) row[2]));
        }
        return answered;
    }

    /** Per date from the given day on: the names of the examiners who can examine in some part of it. */
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
}
