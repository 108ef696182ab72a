package nl.examenkamer.curriculum;

import java.util.List;

/** A batch of attendance rows with problems: nothing of it was stored. */
public class AttendanceRejected extends RuntimeException {

    private final BatchOrigin origin;
    private final transient List<RowProblem> problems;

    public AttendanceRejected(BatchOrigin origin, List<RowProblem> problems) {
        super(problems.size() + " problem(s); nothing was stored. First: " + problems.get(0));
        this.origin = origin;
        this.problems = List.copyOf(problems);
    }

    public BatchOrigin origin() {
        return origin;
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
