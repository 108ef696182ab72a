package nl.examenkamer.oral.proposal;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;

/**
 * Runs Timefold on a day's proposal. The time is bounded: a board member waits for the answer,
 * and a day of some tens of exams is settled well within it.
 */
public final class DayProposer {

    private final SolverFactory<DayProposal> factory;

    public DayProposer(Duration limit) {
        factory = SolverFactory.create(new SolverConfig()
                .withSolutionClass(DayProposal.class)
                .withEntityClasses(ProposedExam.class)
                .withConstraintProviderClass(ProposalConstraints.class)
                .withTerminationConfig(
                        new TerminationConfig().withSpentLimit(limit).withUnimprovedSpentLimit(limit.dividedBy(4))));
    }

    public DayProposal solve(DayProposal problem) {
        return factory.buildSolver().solve(problem);
    }
}
