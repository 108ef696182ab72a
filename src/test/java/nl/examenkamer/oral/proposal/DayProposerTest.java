package nl.examenkamer.oral.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.examenkamer.oral.Availability;
import nl.examenkamer.oral.Breach;
import nl.examenkamer.oral.DayPart;
import nl.examenkamer.oral.ExamSlot;
import nl.examenkamer.oral.PlanningRules;
import org.junit.jupiter.api.Test;

/**
 * The solver's proposal for a day, judged by the planner's own rules: every exam it places must be
 * one the planner would accept next to the others, and it places as many candidates as the day allows.
 */
class DayProposerTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 9);
    private static final Set<Availability> WHOLE_DAY =
            Set.of(new Availability(DAY, DayPart.MORNING), new Availability(DAY, DayPart.AFTERNOON));

    private final DayProposer proposer = new DayProposer(Duration.ofSeconds(2));

    private final PlanningRules.Examiner anna =
            new PlanningRules.Examiner("anna", "Anna", Set.of("RCCM"), Set.of("OPL-A"), WHOLE_DAY, Set.of());
    private final PlanningRules.Examiner bram =
            new PlanningRules.Examiner("bram", "Bram", Set.of("RCCM"), Set.of(), WHOLE_DAY, Set.of("C0000018"));
    private final PlanningRules.Examiner cees = new PlanningRules.Examiner(
            "cees", "Cees", Set.of("RCCM"), Set.of(), Set.of(new Availability(DAY, DayPart.MORNING)), Set.of());
    private final PlanningRules.Examiner dirk =
            new PlanningRules.Examiner("dirk", "Dirk", Set.of("CROV"), Set.of(), WHOLE_DAY, Set.of());
    private final PlanningRules.Examiner eva =
            new PlanningRules.Examiner("eva", "Eva", Set.of("RCCM"), Set.of(), WHOLE_DAY, Set.of());
    private final List<PlanningRules.Examiner> examiners = List.of(anna, bram, cees, dirk, eva);

    @Test
    void everyCandidateGetsAPlaceAndAPairThePlannerWouldAccept() {
        List<ProposedExam> exams = List.of(
                new ProposedExam("C0000018", "RCCM", Set.of("OPL-A"), 1),
                new ProposedExam("C0000026", "RCCM", Set.of(), 1),
                new ProposedExam("C0000034", "RCCM", Set.of(), 1),
                new ProposedExam("C0000042", "RCCM", Set.of(), 1));

        DayProposal proposal = proposer.solve(new DayProposal(slots(2), examiners, List.of(), exams));

        assertTrue(proposal.feasible(), proposal.score().toString());
        assertEquals(4, placed(proposal).size(), "room for all four");
        assertEachAcceptedByThePlanner(proposal, List.of());
        ProposedExam karin = byNumber(proposal).get("C0000018");
        assertTrue(!karin.involves(anna) && !karin.involves(bram), "not Anna (her provider), not Bram (his conflict)");
    }

    @Test
    void whenTheDayCannotHoldEveryoneThoseWhoWaitedLongestArePlaced() {
        List<ProposedExam> exams = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // listed the other way round, so that the solver's first guess is not already the answer
            exams.add(new ProposedExam("C00001" + i + "0", "RCCM", Set.of(), i + 1));
        }

        DayProposal proposal = proposer.solve(new DayProposal(slots(1), examiners, List.of(), exams));

        assertTrue(proposal.feasible(), proposal.score().toString());
        assertEquals(
                Set.of("C0000130", "C0000140", "C0000150", "C0000160", "C0000170", "C0000180"),
                placed(proposal).stream().map(ProposedExam::candidateNumber).collect(Collectors.toSet()),
                "one room holds six exams from 09:00 to 16:30: those of the six who waited longest");
        assertEachAcceptedByThePlanner(proposal, List.of());
    }

    @Test
    void anExamAlreadyPlannedThatDayKeepsItsRoomAndItsExaminers() {
        List<ProposalSlot> slots = slots(1);
        PlanningRules.Booking planned = new PlanningRules.Booking(
                7, "C0000059", slots.get(0).roomId(), slots.get(0).slot(), "eva", "cees");
        List<ProposedExam> exams = List.of(
                new ProposedExam("C0000026", "RCCM", Set.of(), 1), new ProposedExam("C0000034", "RCCM", Set.of(), 1));

        DayProposal proposal = proposer.solve(new DayProposal(slots, examiners, List.of(planned), exams));

        assertTrue(proposal.feasible(), proposal.score().toString());
        assertEquals(2, placed(proposal).size());
        assertEachAcceptedByThePlanner(proposal, List.of(planned));
    }

    @Test
    void eachExaminerChairsAsOftenAsTheOthers() {
        PlanningRules.Examiner fien =
                new PlanningRules.Examiner("fien", "Fien", Set.of("RCCM"), Set.of(), WHOLE_DAY, Set.of());
        List<ProposedExam> exams = List.of(
                new ProposedExam("C0000026", "RCCM", Set.of(), 1),
                new ProposedExam("C0000034", "RCCM", Set.of(), 1),
                new ProposedExam("C0000042", "RCCM", Set.of(), 1),
                new ProposedExam("C0000059", "RCCM", Set.of(), 1));

        DayProposal proposal =
                proposer.solve(new DayProposal(slots(1), List.of(anna, bram, eva, fien), List.of(), exams));

        assertTrue(proposal.feasible(), proposal.score().toString());
        assertEquals(
                Set.of("anna", "bram", "eva", "fien"),
                placed(proposal).stream().map(exam -> exam.chair().username()).collect(Collectors.toSet()),
                "four exams, four examiners: each chairs one");
    }

    /** The oracle: each placed exam, checked by the planner against every other exam of the day. */
    private void assertEachAcceptedByThePlanner(DayProposal proposal, List<PlanningRules.Booking> alreadyPlanned) {
        Map<String, PlanningRules.Examiner> byUsername =
                examiners.stream().collect(Collectors.toMap(PlanningRules.Examiner::username, Function.identity()));
        List<ProposedExam> placed = placed(proposal);
        for (ProposedExam exam : placed) {
            List<PlanningRules.Booking> others = new ArrayList<>(alreadyPlanned);
            placed.stream()
                    .filter(other -> other != exam)
                    .map(ProposedExam::booking)
                    .forEach(others::add);
            PlanningRules.Proposal asPlanned = exam.asPlannerProposal();
            List<Breach> breaches = PlanningRules.check(asPlanned, byUsername, exam.candidate(), others);
            assertEquals(List.of(), breaches, exam.candidateNumber() + " as proposed");
        }
    }

    private static List<ProposedExam> placed(DayProposal proposal) {
        return proposal.exams().stream().filter(exam -> exam.slot() != null).toList();
    }

    private static Map<String, ProposedExam> byNumber(DayProposal proposal) {
        return proposal.exams().stream().collect(Collectors.toMap(ProposedExam::candidateNumber, Function.identity()));
    }

    /** Six slots per room from 09:00, 60 minutes of exam and 15 of deliberation each. */
    private static List<ProposalSlot> slots(int rooms) {
        List<ProposalSlot> slots = new ArrayList<>();
        for (int room = 1; room <= rooms; room++) {
            for (int i = 0; i < 6; i++) {
                slots.add(new ProposalSlot(
                        room, "Zaal " + room, ExamSlot.at(DAY.atTime(9, 0).plusMinutes(75L * i), 60, 15)));
            }
        }
        return slots;
    }
}
