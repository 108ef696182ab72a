package nl.examenkamer.written;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.examenkamer.shared.Reason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An enrolment list as the board uploads it: a CSV file (UTF-8, comma or semicolon) with the
 * column candidate_number and optionally extra_time_percentage and accommodation_reason.
 */
public final class EnrolmentList {

    public static final String TEMPLATE = "candidate_number,extra_time_percentage,accommodation_reason\n";

    private EnrolmentList() {}

    /** One line of the list. */
    public record Line(int line, String candidateNumber, String extraTimePercentage, String reason) {}

    public record Parsed(List<Line> lines, List<EnrolmentProblem> problems) {}

    public static Parsed parse(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Parsed(List.of(), List.of(new EnrolmentProblem(0, "(file)", Reason.of("csv.notUtf8"))));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Parsed(List.of(), List.of(new EnrolmentProblem(0, "(file)", Reason.of("csv.empty"))));
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<Line> lines = new ArrayList<>();
        List<EnrolmentProblem> problems = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> header = parser.getHeaderMap();
            Integer number = column(header, "candidate_number");
            if (number == null) {
                return new Parsed(
                        List.of(),
                        List.of(new EnrolmentProblem(
                                1, "candidate_number", Reason.of("csv.columnMissing", TEMPLATE.strip()))));
            }
            Integer extra = column(header, "extra_time_percentage");
            Integer reason = column(header, "accommodation_reason");
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                lines.add(new Line(line, get(record, number), get(record, extra), get(record, reason)));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new EnrolmentProblem(0, "(file)", Reason.of("csv.unreadable", e.getMessage())));
        }
        return new Parsed(lines, problems);
    }

    private static Integer column(Map<String, Integer> header, String name) {
        return header.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static String get(CSVRecord record, Integer column) {
        return column == null || column >= record.size() ? null : record.get(column);
    }
}
