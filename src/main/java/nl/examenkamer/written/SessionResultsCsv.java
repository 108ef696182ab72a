package nl.examenkamer.written;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A session's results as a CSV file for the board's records: UTF-8 with a byte-order mark (so Excel
 * shows accents right), numbers with a decimal point as in the other exports, then one column per
 * theme with the candidate's points on it. A candidate who never started has the state and no scores.
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            writer.write('\uFEFF');
            printer.printRecord(header(results));
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
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
