package nl.examenkamer.written;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.SpreadsheetCsv;

/**
 * A session's results as a CSV file for the board's records ({@link SpreadsheetCsv}): numbers with
 * a decimal point as in the other exports, then one column per theme with the candidate's points on
 * it. A candidate who never started has the state and no scores.
 */
public final class SessionResultsCsv {

    private final Locale locale;

    public SessionResultsCsv(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    public List<String> header(SessionResults results) {
        List<String> header = new ArrayList<>(List.of(
                text("export.candidateNumber"),
                text("export.fullName"),
                text("results.export.state"),
                text("results.export.rawScore"),
                text("results.export.maxScore"),
                text("results.export.percentage"),
                text("results.export.grade"),
                text("results.export.passed")));
        results.themes().forEach(theme -> header.add(text("results.export.theme", theme.name())));
        return header;
    }

    public byte[] csv(SessionResults results) {
        List<List<String>> lines = new ArrayList<>(results.rows().size());
        for (SessionResults.Row row : results.rows()) {
            ProctorRow candidate = row.candidate();
            List<String> values = new ArrayList<>(List.of(
                    candidate.candidateNumber(),
                    candidate.fullName(),
                    text(
                            candidate.status() == null
                                    ? "proctor.state.notStarted"
                                    : "proctor.state." + candidate.status().name()),
                    number(candidate.rawScore()),
                    number(candidate.maxScore()),
                    decimal(candidate.percentage()),
                    decimal(candidate.grade()),
                    candidate.passed() == null ? "" : text(candidate.passed() ? "export.yes" : "export.no")));
            results.themes()
                    .forEach(column -> values.add(row.theme(column.code())
                            .map(theme -> String.valueOf(theme.rawScore()))
                            .orElse("")));
            lines.add(values);
        }
        return SpreadsheetCsv.of(header(results), lines);
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private String text(String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }
}
