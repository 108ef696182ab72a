package nl.examenkamer.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.examenkamer.content.ItemBank;
import nl.examenkamer.content.ItemViews;
import nl.examenkamer.shared.database.OwnTransaction;
import nl.examenkamer.written.AnswerSaving;
import nl.examenkamer.written.AttemptService;
import nl.examenkamer.written.ExamSessionService;

/**
 * A written exam that a hall of 24 demo candidates took earlier today, closed by the proctor, its
 * results not yet published: what the board meets the day after an exam. It is enough attempts for
 * the item analysis to mean something and for the Cohen-Schotanus cut score (which needs 20), and
 * one disputed item is there to be found and neutralised. The candidates answer through the same
 * services as the exam page, so the scores, the audit trail and the proctor's view are the real ones.
 */
@ApplicationScoped
class DemoExamHall {

    private static final Logger LOG = Logger.getLogger(DemoExamHall.class.getName());

    static final String CODE = "DEMO-AFGENOMEN";
    static final int SIZE = 24;
    /** The last two hand in nothing themselves: the proctor's close ends their attempts. */
    private static final int SUBMITTING = SIZE - 2;

    private static final List<String> NAMES = List.of(
            "Anouk Aalbers",
            "Bram Bakker",
            "Chantal de Croon",
            "Dennis Dijkstra",
            "Esra Erdogan",
            "Femke Frijns",
            "Gijs van Gent",
            "Hanneke Hoekstra",
            "Ilse IJzerman",
            "Jeroen Jansen",
            "Kim Kuipers",
            "Lars de Lange",
            "Mirjam Mulder",
            "Niels Nijhuis",
            "Olga Oosterhout",
            "Pieter Peeters",
            "Quinten Quist",
            "Rianne Roos",
            "Sander Smit",
            "Tamara Timmer",
            "Umut Uysal",
            "Vera Visser",
            "Wouter Willems",
            "Yara de Zwart");

    @Inject
    private DemoPeople people;

    @Inject
    private ExamSessionService sessions;

    @Inject
    private AttemptService attempts;

    @Inject
    private AnswerSaving answers;

    @Inject
    private ItemBank bank;

    @Inject
    private Clock clock;

    @Resource
    private UserTransaction transaction;

    /** Takes the exam once; on later starts the session is there and is left as the board left it. */
    void takeOnce() {
        if (sessions.find(CODE).isPresent()) {
            return;
        }
        List<String> usernames = enrolHall();
        String accessCode = sessions.find(CODE).orElseThrow().accessCode();
        List<AttemptService.Opened> opened = usernames.stream()
                .map(username -> inTransaction(() -> attempts.start(CODE, username, accessCode)))
                .toList();
        // each candidate's form: position to item version, in position order
        List<Map<Integer, Long>> formsOfHall = opened.stream()
                .<Map<Integer, Long>>map(attempt -> attempts.itemVersionsOnForm(attempt.attemptId()))
                .toList();
        Map<Long, DemoAnswering.Item> items = itemsOn(formsOfHall);
        long disputed = disputedItem(formsOfHall, items);
        for (int n = 0; n < SIZE; n++) {
            AttemptService.Opened attempt = opened.get(n);
            answer(
                    attempt,
                    formsOfHall.get(n),
                    DemoAnswering.ability(n, SIZE),
                    items,
                    disputed,
                    new Random(2026L * 100 + n));
            if (n < SUBMITTING) {
                inTransaction(() -> attempts.submit(attempt.attemptId(), attempt.token()));
            }
        }
        inTransaction(() -> sessions.close(CODE));
        LOG.info(() -> "Demo mode: " + SIZE + " demo candidates took " + CODE + "; it is closed and not published.");
    }

    /** One step in a transaction begun here, not by the service: see {@link OwnTransaction}. */
    private <T> T inTransaction(Supplier<T> step) {
        return OwnTransaction.run(transaction, step);
    }

    private List<String> enrolHall() {
        sessions.create(
                DemoSessions.BLUEPRINT,
                DemoSessions.allDayToday(
                        clock, CODE, "Schriftelijk examen RCCM (demo, afgenomen)", "Utrecht (demo)", SIZE));
        List<String> usernames = new ArrayList<>();
        for (int n = 0; n < SIZE; n++) {
            String username = String.format("kandidaat%02d", n + 1);
            String number = people.candidateWithAccount(username, NAMES.get(n), LocalDate.of(1970 + n, 1 + n % 12, 10));
            boolean dyslexia = n % 10 == 4;
            sessions.enrol(CODE, number, dyslexia ? 25 : 0, dyslexia ? "Dyslexieverklaring (demo)" : null);
            usernames.add(username);
        }
        return usernames;
    }

    /** Every item version on the hall's forms, with its options and key from the bank. */
    private Map<Long, DemoAnswering.Item> itemsOn(List<Map<Integer, Long>> formsOfHall) {
        return formsOfHall.stream()
                .flatMap(form -> form.values().stream())
                .distinct()
                .collect(Collectors.toMap(Function.identity(), this::item, (a, b) -> a, TreeMap::new));
    }

    private DemoAnswering.Item item(long versionId) {
        ItemViews.Version version = bank.version(versionId).orElseThrow();
        return new DemoAnswering.Item(
                versionId,
                version.options().stream().map(ItemViews.Option::label).toList(),
                version.options().stream()
                        .filter(ItemViews.Option::correct)
                        .map(ItemViews.Option::label)
                        .collect(Collectors.toSet()));
    }

    /** The single-choice item on most forms: the disputed one, so the whole hall shows it. */
    private long disputedItem(List<Map<Integer, Long>> formsOfHall, Map<Long, DemoAnswering.Item> items) {
        Map<Long, Long> formsHolding = formsOfHall.stream()
                .flatMap(form -> form.values().stream())
                .filter(versionId -> !items.get(versionId).multipleResponse())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return formsHolding.entrySet().stream()
                .max(Comparator.comparing(Map.Entry<Long, Long>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    private void answer(
            AttemptService.Opened attempt,
            Map<Integer, Long> form,
            double ability,
            Map<Long, DemoAnswering.Item> items,
            long disputed,
            Random random) {
        List<CompletableFuture<AnswerSaving.Saved>> saves = new ArrayList<>();
        form.forEach((position, versionId) -> {
            List<String> marked = DemoAnswering.answer(ability, items.get(versionId), versionId == disputed, random);
            if (!marked.isEmpty()) {
                saves.add(answers.save(attempt.attemptId(), position, attempt.token(), 1, marked, false)
                        .toCompletableFuture());
            }
        });
        // the saves of one candidate go in one group commit; wait for it before they hand in
        CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).join();
    }
}
