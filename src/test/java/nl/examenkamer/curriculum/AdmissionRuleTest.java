package nl.examenkamer.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.examenkamer.shared.Hours;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The admission rule at its edges, walked through from {@code fixtures/curriculum/admission-cases.csv}
 * (records in, status and unmet rules with their numbers out).
 */
class AdmissionRuleTest {

    private static final AdmissionRule RULE = new AdmissionRule(
            Hours.of("60"),
            Hours.of("100"),
            Hours.of("0.25"),
            List.of(
                    new AdmissionRule.Theme("AG", "Arbeid en gezondheid"),
                    new AdmissionRule.Theme("AO", "Arbeid en organisatie"),
                    new AdmissionRule.Theme("WK", "Wettelijk kader"),
                    new AdmissionRule.Theme("PR", "Professionaliseren")));

    record Record(String theme, Hours contact, Hours studyLoad, AttendanceStatus status) implements HoursTally.Entry {}

    static Stream<CSVRecord> cases() throws IOException {
        InputStream csv = AdmissionRuleTest.class.getResourceAsStream("/fixtures/curriculum/admission-cases.csv");
        return CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(csv, StandardCharsets.UTF_8))
                .getRecords()
                .stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void walkThrough(CSVRecord testCase) {
        List<Record> records = new ArrayList<>();
        for (String record : testCase.get("records").split(" ")) {
            if (record.isBlank()) {
                continue;
            }
            String[] parts = record.split(":");
            records.add(
                    new Record(parts[0], Hours.of(parts[1]), Hours.of(parts[2]), AttendanceStatus.valueOf(parts[3])));
        }
        Map<String, ThemeHours> perTheme = HoursTally.perTheme(records);
        AdmissionStatus status = RULE.evaluate(perTheme);

        assertEquals(Boolean.parseBoolean(testCase.get("admitted")), status.admitted(), testCase.get("case"));
        List<String> expected = testCase.get("unmet").isBlank()
                ? List.of()
                : Arrays.asList(testCase.get("unmet").split(" (?=admission\\.)"));
        List<String> actual = status.unmet().stream()
                .map(unmet -> unmet.key() + "=" + String.join("/", unmet.arguments()))
                .toList();
        assertEquals(expected, actual, testCase.get("case"));
        assertEquals(4, status.themes().size(), "every theme of the rule is reported, with or without hours");
    }

    @Test
    void aSchemeThatAsksMoreThanAQuarterHourPerThemeSaysHowManyATheme() {
        AdmissionRule fourPerTheme = new AdmissionRule(Hours.of("0"), Hours.of("0"), Hours.of("4"), RULE.themes());
        List<Record> records = List.of(
                new Record("AG", Hours.of("4"), Hours.of("0"), AttendanceStatus.ACTIVE),
                new Record("AO", Hours.of("4"), Hours.of("0"), AttendanceStatus.ACTIVE),
                new Record("WK", Hours.of("3.75"), Hours.of("0"), AttendanceStatus.ACTIVE));

        List<String> unmet = fourPerTheme.evaluate(HoursTally.perTheme(records)).unmet().stream()
                .map(reason -> reason.text(Locale.forLanguageTag("nl")))
                .toList();

        assertEquals(
                List.of(
                        "thema Wettelijk kader: 3.75 van ten minste 4 contacturen",
                        "thema Professionaliseren: nog geen contacturen"),
                unmet);
    }
}
