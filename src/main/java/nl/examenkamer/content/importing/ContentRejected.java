package nl.examenkamer.content.importing;

import java.util.List;

/** The content has problems, so nothing of it was imported. */
public class ContentRejected extends RuntimeException {

    private final transient List<ContentProblem> problems;

    public ContentRejected(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in exam-content; nothing was imported. First: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
