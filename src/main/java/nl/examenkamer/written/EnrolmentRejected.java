package nl.examenkamer.written;

import java.util.List;

/** An enrolment list with problems: nobody on it was enrolled. */
public class EnrolmentRejected extends RuntimeException {

    private final transient List<EnrolmentProblem> problems;

    public EnrolmentRejected(List<EnrolmentProblem> problems) {
        super(problems.size() + " problem(s); nobody was enrolled");
        this.problems = List.copyOf(problems);
    }

    public List<EnrolmentProblem> problems() {
        return problems;
    }
}
