package nl.examenkamer.oral.proposal;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.examenkamer.oral.Breach;
import nl.examenkamer.oral.PlanningRules;

/**
 * One candidate's oral exam in a proposal: the solver chooses its place and its two examiners. A
 * candidate the day has no room for keeps no place and is reported as not planned; when the day
 * cannot hold everyone, those who have waited longest are placed first.
 */
@PlanningEntity
public class ProposedExam {

    @PlanningId
    private String candidateNumber;

    private String title;
    private Set<String> providerCodes;
    private int priority;

    @PlanningVariable(valueRangeProviderRefs = "slots", allowsUnassigned = true)
    private ProposalSlot slot;

    @PlanningVariable(valueRangeProviderRefs = "examiners")
    private PlanningRules.Examiner chair;

    @PlanningVariable(valueRangeProviderRefs = "examiners")
    private PlanningRules.Examiner second;

    /** For the solver's cloning. */
    ProposedExam() {}

    /** {@code priority}: how much leaving this candidate without a place weighs; the longest waiting weigh most. */
    public ProposedExam(String candidateNumber, String title, Set<String> providerCodes, int priority) {
        this.candidateNumber = candidateNumber;
        this.title = title;
        this.providerCodes = Set.copyOf(providerCodes);
        this.priority = priority;
    }

    int priority() {
        return priority;
    }

    /** The planning rules about this exam's own examiners (the rules between exams are separate constraints). */
    List<Breach> examinerBreaches() {
        if (chair.equals(second)) {
            return List.of(Breach.of("oral.rule.sameExaminerTwice", chair.username()));
        }
        return PlanningRules.standing(
                booking(), title, Map.of(chair.username(), chair, second.username(), second), candidate(), false);
    }

    /** The exam as the planner would be asked to plan it. */
    PlanningRules.Proposal asPlannerProposal() {
        return new PlanningRules.Proposal(
                null, candidateNumber, title, slot.roomId(), slot.slot(), chair.username(), second.username());
    }

    PlanningRules.Booking booking() {
        return new PlanningRules.Booking(
                0, candidateNumber, slot.roomId(), slot.slot(), chair.username(), second.username());
    }

    PlanningRules.Candidate candidate() {
        return new PlanningRules.Candidate(candidateNumber, providerCodes, true);
    }

    boolean sharesAnExaminerWith(ProposedExam other) {
        return involves(other.chair) || involves(other.second);
    }

    boolean involves(PlanningRules.Examiner examiner) {
        return chair.equals(examiner) || second.equals(examiner);
    }

    boolean involves(String username) {
        return chair.username().equals(username) || second.username().equals(username);
    }

    public String candidateNumber() {
        return candidateNumber;
    }

    public String title() {
        return title;
    }

    public ProposalSlot slot() {
        return slot;
    }

    public PlanningRules.Examiner chair() {
        return chair;
    }

    public PlanningRules.Examiner second() {
        return second;
    }
}
