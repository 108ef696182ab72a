package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SessionResultsCsvTest {

    private static final SessionResults RESULTS = new SessionResults(
            "S1",
            List.of(
                    new SessionResults.ThemeColumn("wettelijk-kader", "Wettelijk kader"),
                    new SessionResults.ThemeColumn("professionaliseren", "Professionaliseren")),
            List.of(
                    new SessionResults.Row(
                            candidate("C0000001", "Jansen, Eva", AttemptStatus.SUBMITTED, 30, "75.00", "6.8", true),
                            List.of(
                                    new ExamResult.ThemeResult("wettelijk-kader", "Wettelijk kader", 20, 23),
                                    new ExamResult.ThemeResult("professionaliseren", "Professionaliseren", 4, 5))),
                    new SessionResults.Row(candidate("C0000002", "Bakker", null, null, null, null, null), List.of())));

    @Test
    void everyCandidateHasALineWithScoresAndPointsPerThemeInTheColumnsOrder() {
        String csv =
                new String(new SessionResultsCsv(Locale.forLanguageTag("nl")).csv(RESULTS), StandardCharsets.UTF_8);
        assertEquals(
                List.of(
                        "\uFEFFkandidaatnummer,naam,stand,score,maximum,percentage,cijfer,geslaagd,"
                                + "Wettelijk kader (punten),Professionaliseren (punten)",
                        "C0000001,\"Jansen, Eva\",Ingeleverd,30,40,75.00,6.8,ja,20,4",
                        "C0000002,Bakker,Niet gestart,,,,,,,"),
                csv.lines().toList());
    }

    @Test
    void theHeaderFollowsTheLanguage() {
        assertEquals(
                List.of(
                        "candidate number",
                        "name",
                        "state",
                        "score",
                        "maximum",
                        "percentage",
                        "grade",
                        "passed",
                        "Wettelijk kader (points)",
                        "Professionaliseren (points)"),
                new SessionResultsCsv(Locale.ENGLISH).header(RESULTS));
    }

    private static ProctorRow candidate(
            String number,
            String name,
            AttemptStatus status,
            Integer raw,
            String percentage,
            String grade,
            Boolean passed) {
        return new ProctorRow(
                number,
                name,
                0,
                0,
                status == null ? null : 1L,
                status,
                null,
                null,
                null,
                null,
                0,
                status == null ? null : 40,
                raw,
                percentage == null ? null : new BigDecimal(percentage),
                grade == null ? null : new BigDecimal(grade),
                passed,
                0,
                false);
    }
}
