package nl.examenkamer.curriculum.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.curriculum.RowProblem;
import nl.examenkamer.shared.Messages;

/**
 * A problem of a rejected batch as the page lists it: the line (of the file, or the row of the
 * table on the screen), the column in words, and why.
 */
public record ProblemLine(int line, String field, String message) implements Serializable {

    static List<ProblemLine> of(List<RowProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem ->
                        new ProblemLine(problem.line(), column(problem.field(), locale), problem.message(locale)))
                .toList();
    }

    /** The column in words; a column the file named but we do not know stays as it was written. */
    private static String column(String field, Locale locale) {
        String key = "attendance.column." + field.replaceAll("[()]", "");
        String text = Messages.text(locale, key);
        return text.equals(key) ? field : text;
    }
}
