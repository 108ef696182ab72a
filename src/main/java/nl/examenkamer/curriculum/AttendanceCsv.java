package nl.examenkamer.curriculum;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.examenkamer.shared.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a provider's attendance CSV: UTF-8 (a byte-order mark is fine), comma- or
 * semicolon-separated (Excel in a Dutch locale writes semicolons), with a header naming the columns.
 * A file that cannot be read at all is reported with its line; the rows go on to
 * {@link AttendanceCheck}.
 */
public final class AttendanceCsv {

    public static final List<String> COLUMNS =
            List.of("row_id", "candidate_number", "module_code", "date", "contact_hours", "study_load_hours");

    /** The downloadable template: the header and one example row. */
    public static final String TEMPLATE =
            String.join(",", COLUMNS) + "\r\n" + "2026-0001,C0000018,MOD-01,2026-03-12,6,10\r\n";

    /** The rows of the file, or why it cannot be read. */
    public record Parsed(List<AttendanceRow> rows, List<RowProblem> problems) {}

    private AttendanceCsv() {}

    public static Parsed parse(byte[] file) {
        String text;
        try {
            text = strictUtf8(file);
        } catch (CharacterCodingException e) {
            return new Parsed(
                    List.of(), List.of(new RowProblem(lineOfFirstBadByte(file), "(file)", Reason.of("csv.notUtf8"))));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Parsed(List.of(), List.of(new RowProblem(0, "(file)", Reason.of("csv.empty"))));
        }
        char delimiter = delimiterOf(text);
        List<RowProblem> problems = new ArrayList<>();
        List<AttendanceRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> header = parser.getHeaderMap();
            Set<String> columns = new LinkedHashSet<>();
            header.keySet().forEach(name -> columns.add(name.toLowerCase(Locale.ROOT)));
            for (String column : COLUMNS) {
                if (!columns.contains(column)) {
                    problems.add(new RowProblem(1, column, Reason.of("csv.columnMissing", String.join(",", COLUMNS))));
                }
            }
            for (String column : columns) {
                if (!COLUMNS.contains(column)) {
                    problems.add(new RowProblem(1, column, Reason.of("csv.columnUnknown", String.join(",", COLUMNS))));
                }
            }
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), problems);
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    problems.add(new RowProblem(
                            line,
                            "(row)",
                            Reason.of(
                                    delimiter == ';' ? "csv.fieldCount" : "csv.fieldCountComma",
                                    record.size(),
                                    header.size())));
                    continue;
                }
                rows.add(new AttendanceRow(
                        line,
                        value(record, header, "row_id"),
                        value(record, header, "candidate_number"),
                        value(record, header, "module_code"),
                        value(record, header, "date"),
                        value(record, header, "contact_hours"),
                        value(record, header, "study_load_hours")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new RowProblem(0, "(file)", Reason.of("csv.unreadable", e.getMessage())));
        }
        return new Parsed(rows, problems);
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        for (Map.Entry<String, Integer> entry : header.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(column)) {
                return record.get(entry.getValue());
            }
        }
        return null;
    }

    private static char delimiterOf(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The line (1-based) holding the first byte that is not valid UTF-8. */
    static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }
}
