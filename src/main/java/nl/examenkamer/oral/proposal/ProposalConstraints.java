package nl.examenkamer.oral.proposal;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import nl.examenkamer.oral.PlanningRules;

/**
 * The planning rules as the solver weighs them. Hard: each rule the planner itself refuses (so a
 * feasible proposal is one the planner accepts); medium: every candidate left without a place, the
 * longest waiting weighing most; soft: examiners sharing exams and one examiner chairing several,
 * so that the day's work, and the chair's part of it, is spread.
 */
public class ProposalConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            examinerRules(factory),
            examinerInTwoPlacesAtOnce(factory),
            roomTakenTwice(factory),
            clashWithAnExamAlreadyPlanned(factory),
            candidateWithoutAPlace(factory),
            examinersSharingExams(factory),
            sameChairTwice(factory)
        };
    }

    Constraint examinerRules(ConstraintFactory factory) {
        return factory.forEach(ProposedExam.class)
                .filter(exam -> !exam.examinerBreaches().isEmpty())
                .penalize(HardMediumSoftScore.ONE_HARD, exam -> exam.examinerBreaches()
                        .size())
                .asConstraint("examiner may not or cannot examine this candidate then");
    }

    Constraint examinerInTwoPlacesAtOnce(ConstraintFactory factory) {
        return factory.forEachUniquePair(ProposedExam.class)
                .filter((one, other) -> one.slot().overlaps(other.slot()) && one.sharesAnExaminerWith(other))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("examiner double-booked");
    }

    Constraint roomTakenTwice(ConstraintFactory factory) {
        return factory.forEachUniquePair(ProposedExam.class)
                .filter((one, other) -> one.slot().roomId() == other.slot().roomId()
                        && one.slot().overlaps(other.slot()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("room double-booked");
    }

    Constraint clashWithAnExamAlreadyPlanned(ConstraintFactory factory) {
        return factory.forEach(ProposedExam.class)
                .join(PlanningRules.Booking.class)
                .filter((exam, booking) -> exam.slot().slot().overlaps(booking.slot())
                        && (exam.slot().roomId() == booking.roomId()
                                || exam.involves(booking.chair())
                                || exam.involves(booking.second())
                                || exam.candidateNumber().equals(booking.candidateNumber())))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("clash with an exam already planned");
    }

    Constraint candidateWithoutAPlace(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ProposedExam.class)
                .filter(exam -> exam.slot() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, ProposedExam::priority)
                .asConstraint("candidate without a place");
    }

    Constraint examinersSharingExams(ConstraintFactory factory) {
        return factory.forEachUniquePair(ProposedExam.class)
                .filter(ProposedExam::sharesAnExaminerWith)
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint("examiners sharing exams");
    }

    /** The chair records the agreement, finalises and answers for the form: more work than seconding. */
    Constraint sameChairTwice(ConstraintFactory factory) {
        return factory.forEachUniquePair(ProposedExam.class)
                .filter((one, other) -> one.chair() != null && one.chair().equals(other.chair()))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .asConstraint("same examiner chairing twice");
    }
}
