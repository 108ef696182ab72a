package nl.examenkamer.written;

import java.util.List;
import java.util.Optional;

/**
 * A closed session's results for the board's records: every enrolled candidate with their score,
 * grade and pass or fail, and their score per theme in the curriculum's order.
 */
public record SessionResults(String sessionCode, List<ThemeColumn> themes, List<Row> rows) {

    /** A theme some candidate of the session was scored on. */
    public record ThemeColumn(String code, String name) {}

    public record Row(ProctorRow candidate, List<ExamResult.ThemeResult> themes) {

        Optional<ExamResult.ThemeResult> theme(String code) {
            return themes.stream().filter(theme -> theme.theme().equals(code)).findFirst();
        }
    }
}
