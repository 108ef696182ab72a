package nl.examenkamer.oral.proposal;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;
import nl.examenkamer.oral.PlanningRules;

/**
 * A day of oral exams to propose: the places the day offers, the examiners who may be asked, the
 * exams already planned that day (they stay where they are), and the candidates to place.
 */
@PlanningSolution
public class DayProposal {

    @ValueRangeProvider(id = "slots")
    @ProblemFactCollectionProperty
    private List<ProposalSlot> slots;

    @ValueRangeProvider(id = "examiners")
    @ProblemFactCollectionProperty
    private List<PlanningRules.Examiner> examiners;

    @ProblemFactCollectionProperty
    private List<PlanningRules.Booking> planned;

    @PlanningEntityCollectionProperty
    private List<ProposedExam> exams;

    @PlanningScore
    private HardMediumSoftScore score;

    /** For the solver's cloning. */
    DayProposal() {}

    public DayProposal(
            List<ProposalSlot> slots,
            List<PlanningRules.Examiner> examiners,
            List<PlanningRules.Booking> planned,
            List<ProposedExam> exams) {
        this.slots = List.copyOf(slots);
        this.examiners = List.copyOf(examiners);
        this.planned = List.copyOf(planned);
        this.exams = List.copyOf(exams);
    }

    public List<ProposedExam> exams() {
        return exams;
    }

    public HardMediumSoftScore score() {
        return score;
    }

    /** Every hard rule holds: the exams placed may be planned as proposed. */
    public boolean feasible() {
        return score != null && score.isFeasible();
    }
}
