package nl.examenkamer.oral.proposal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.examenkamer.oral.ExamSlot;
import nl.examenkamer.oral.PlanningRules;

/** The places a day offers, and which of the solver's placements the planner itself would accept. */
public final class DayPlanning {

    private DayPlanning() {}

    public record Room(long id, String name) {}

    /** Back-to-back slots in every room, the first at {@code first}, none ending after {@code lastEnd}. */
    public static List<ProposalSlot> slots(
            List<Room> rooms,
            LocalDate day,
            LocalTime first,
            LocalTime lastEnd,
            int examMinutes,
            int deliberationMinutes) {
        List<ProposalSlot> slots = new ArrayList<>();
        int length = examMinutes + deliberationMinutes;
        for (Room room : rooms) {
            for (LocalDateTime start = day.atTime(first);
                    !start.plusMinutes(length).isAfter(day.atTime(lastEnd));
                    start = start.plusMinutes(length)) {
                slots.add(
                        new ProposalSlot(room.id(), room.name(), ExamSlot.at(start, examMinutes, deliberationMinutes)));
            }
        }
        return slots;
    }

    /**
     * The placed exams, in order, that the planner accepts next to those already planned and those
     * accepted before them: a proposal never offers what the planner would refuse, whatever the solver
     * reached in its time.
     */
    public static List<ProposedExam> acceptedByThePlanner(
            DayProposal solved, List<PlanningRules.Examiner> examiners, List<PlanningRules.Booking> planned) {
        Map<String, PlanningRules.Examiner> byUsername =
                examiners.stream().collect(Collectors.toMap(PlanningRules.Examiner::username, Function.identity()));
        List<PlanningRules.Booking> taken = new ArrayList<>(planned);
        List<ProposedExam> accepted = new ArrayList<>();
        for (ProposedExam exam : solved.exams()) {
            if (exam.slot() == null) {
                continue;
            }
            PlanningRules.Proposal asPlanned = exam.asPlannerProposal();
            if (PlanningRules.check(asPlanned, byUsername, exam.candidate(), taken)
                    .isEmpty()) {
                accepted.add(exam);
                taken.add(exam.booking());
            }
        }
        return accepted;
    }
}
