package nl.examenkamer.content.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one import, so the author sees them all at once rather than one per attempt. */
public final class ContentProblems {

    private final List<ContentProblem> problems = new ArrayList<>();

    /** A problem explained by the message {@code content.problem.<key>} of the bundles. */
    public void add(String file, int line, String field, String key, Object... arguments) {
        problems.add(new ContentProblem(
                file,
                line,
                field,
                "content.problem." + key,
                Arrays.stream(arguments).map(String::valueOf).toList()));
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
