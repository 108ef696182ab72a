package nl.examenkamer.content.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one import, so the author sees them all at once rather than one per attempt. */
public final class ContentProblems {

    private final List<ContentProblem> problems = new ArrayList<>();

    public void add(String file, int line, String field, String message) {
        problems.add(new ContentProblem(file, line, field, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<ContentProblem> list() {
        return problems.stream()
                .sorted(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line))
                .toList();
    }
}
