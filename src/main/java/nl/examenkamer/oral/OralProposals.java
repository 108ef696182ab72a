package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.OralExamRules;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.oral.proposal.DayPlanning;
import nl.examenkamer.oral.proposal.DayProposal;
import nl.examenkamer.oral.proposal.DayProposer;
import nl.examenkamer.oral.proposal.ProposalSlot;
import nl.examenkamer.oral.proposal.ProposedExam;
import nl.examenkamer.shared.RuleViolation;

/**
 * The scheduler's proposal for an exam day: each candidate who may sit the title's oral exam and
 * has none planned gets a room, a time and two examiners, within every hard planning rule. The
 * proposal stores nothing; the board plans it as a whole, through the same planner as by hand.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OralProposals {

    private final DayProposer proposer = new DayProposer(Duration.ofSeconds(5));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OralExams exams;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private OralPlanningService planning;

    /** One exam as proposed. */
    public record Item(
            String candidateNumber,
            String candidateName,
            long roomId,
            String place,
            LocalDateTime start,
            LocalTime end,
            String chair,
            String chairName,
            String second,
            String secondName)
            implements Serializable {}

    /** A candidate the day has no place or examiners for. */
    public record Unplaced(String candidateNumber, String candidateName) implements Serializable {}

    public record ProposalView(long dayId, LocalDate date, String title, List<Item> items, List<Unplaced> unplaced)
            implements Serializable {

        /** The proposal without one of its exams: the board leaves a candidate for another day. */
        public ProposalView without(String candidateNumber) {
            return new ProposalView(
                    dayId,
                    date,
                    title,
                    items.stream()
                            .filter(item -> !item.candidateNumber().equals(candidateNumber))
                            .toList(),
                    unplaced);
        }
    }

    /**
     * Proposes the day for the title within the hours given. {@code candidateNumbers} empty or null: every
     * candidate who may sit the exam and has none planned; otherwise just those, each of whom must be such
     * a candidate.
     */
    public ProposalView propose(long dayId, String title, List<String> candidateNumbers, ProposalHours hours) {
        OralExamDay day = requireDay(dayId);
        String titleCode = title == null ? "" : title.strip().toUpperCase(Locale.ROOT);
        OralExamRules rules = catalog.schemeForTitle(titleCode)
                .orElseThrow(() -> RuleViolation.invalid("oral.title.unknown", titleCode))
                .oral();
        hours.holding(rules.slotMinutes() + rules.deliberationMinutes());
        List<String> waiting = exams.waitingForOralExam(titleCode);
        List<String> chosen = candidateNumbers == null || candidateNumbers.isEmpty()
                ? waiting
                : candidateNumbers.stream()
                        .map(number -> chosen(number, titleCode, waiting))
                        .distinct()
                        .sorted(Comparator.comparing(waiting::indexOf))
                        .toList();
        if (chosen.isEmpty()) {
            throw RuleViolation.invalid("oral.proposal.nobodyWaiting", titleCode);
        }
        Map<String, Candidate> candidates = chosen.stream()
                .map(number -> exams.candidate(number).orElseThrow())
                .collect(Collectors.toMap(c -> c.number().value(), Function.identity()));
        List<PlanningRules.Examiner> examiners = examinersFor(titleCode, day.date());
        List<PlanningRules.Booking> planned = plannedOn(day.date());
        DayProposal solved = proposer.solve(new DayProposal(
                DayPlanning.slots(
                        exams.roomsOf(day).stream()
                                .map(room -> new DayPlanning.Room(room.id(), room.whereabouts()))
                                .toList(),
                        day.date(),
                        hours.from(),
                        hours.until(),
                        rules.slotMinutes(),
                        rules.deliberationMinutes()),
                examiners,
                planned,
                waitingLongestFirst(chosen, titleCode)));
        return view(day, titleCode, solved, DayPlanning.acceptedByThePlanner(solved, examiners, planned), candidates);
    }

    /** The candidates in the order they wait: the first weighs as many as there are candidates, the last one. */
    private List<ProposedExam> waitingLongestFirst(List<String> chosen, String title) {
        Map<String, Set<String>> providers = exams.providersOf(chosen);
        List<ProposedExam> proposed = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String number = chosen.get(i);
            proposed.add(new ProposedExam(number, title, providers.get(number), chosen.size() - i));
        }
        return proposed;
    }

    /** The examiners who hold the title and declared some part of the day: the solver's choice of examiners. */
    private List<PlanningRules.Examiner> examinersFor(String title, LocalDate date) {
        List<PlanningRules.Examiner> examiners =
                em.createQuery("select e from Examiner e", Examiner.class).getResultList().stream()
                        .map(Examiner::rules)
                        .filter(examiner -> examiner.titles().contains(title))
                        .filter(examiner -> examiner.availability().stream()
                                .anyMatch(a -> a.day().equals(date)))
                        .sorted(Comparator.comparing(PlanningRules.Examiner::username))
                        .toList();
        if (examiners.size() < 2) {
            throw RuleViolation.invalid("oral.proposal.tooFewExaminers", title, date);
        }
        return examiners;
    }

    /** The exams already planned that day: they keep their rooms, times and examiners. */
    private List<PlanningRules.Booking> plannedOn(LocalDate date) {
        return exams.bookingsAround(date.atTime(12, 0).atZone(ExamSlot.ZONE).toInstant()).stream()
                .filter(booking -> booking.slot().day().equals(date))
                .toList();
    }

    /** Plans every exam of the proposal, or none: one refused (someone planned in between) stops them all. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<OralExamView> adopt(ProposalView proposal) {
        if (proposal.items() == null || proposal.items().isEmpty()) {
            throw RuleViolation.invalid("oral.proposal.empty");
        }
        List<OralExamView> planned = new ArrayList<>();
        for (Item item : proposal.items()) {
            planned.add(planning.plan(
                    item.candidateNumber(),
                    proposal.title(),
                    new OralPlanningService.Placement(item.roomId(), item.start(), item.chair(), item.second())));
        }
        return planned;
    }

    private ProposalView view(
            OralExamDay day,
            String title,
            DayProposal solved,
            List<ProposedExam> accepted,
            Map<String, Candidate> candidates) {
        List<Item> items = new ArrayList<>();
        for (ProposedExam exam : accepted) {
            ProposalSlot slot = exam.slot();
            items.add(new Item(
                    exam.candidateNumber(),
                    candidates.get(exam.candidateNumber()).fullName(),
                    slot.roomId(),
                    slot.roomName(),
                    slot.slot().start().toLocalDateTime(),
                    slot.slot().end().toLocalTime(),
                    exam.chair().username(),
                    exam.chair().name(),
                    exam.second().username(),
                    exam.second().name()));
        }
        items.sort(Comparator.comparing(Item::start).thenComparing(Item::place));
        List<Unplaced> unplaced = solved.exams().stream()
                .filter(exam -> !accepted.contains(exam))
                .map(exam -> new Unplaced(
                        exam.candidateNumber(),
                        candidates.get(exam.candidateNumber()).fullName()))
                .sorted(Comparator.comparing(Unplaced::candidateName))
                .toList();
        return new ProposalView(day.id(), day.date(), title, items, unplaced);
    }

    private String chosen(String number, String title, List<String> waiting) {
        String clean = CandidateNumber.required(number).value();
        if (!waiting.contains(clean)) {
            throw RuleViolation.invalid("oral.proposal.notWaiting", clean, title);
        }
        return clean;
    }

    private OralExamDay requireDay(long dayId) {
        OralExamDay day = em.find(OralExamDay.class, dayId);
        if (day == null) {
            throw RuleViolation.notFound("oral.day.unknown", String.valueOf(dayId));
        }
        return day;
    }
}
