package nl.examenkamer.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.examenkamer.shared.Hours;
import org.junit.jupiter.api.Test;

/**
 * A provider's attendance CSV, checked as a whole: each kind of bad row gives its own precise
 * problem (line, field, reason), and a good file gives every row. (That nothing is stored when a
 * file has problems is shown against the database in CurriculumIT.)
 */
class AttendanceCsvTest {

    private static final String HEADER = "row_id,candidate_number,module_code,date,contact_hours,study_load_hours\n";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> CANDIDATES = Set.of("C0000018", "C0000026");
    private static final Map<String, AttendanceCheck.ModuleFacts> MODULES = Map.of(
            "MOD-01", new AttendanceCheck.ModuleFacts("MOD-01", Hours.of("6"), Hours.of("10"), true),
            "MOD-02", new AttendanceCheck.ModuleFacts("MOD-02", Hours.of("8"), Hours.of("12"), false));

    private final List<Earlier> earlier = new ArrayList<>();

    record Earlier(String rowId, String candidate, String module, LocalDate date, Hours contact, Hours studyLoad)
            implements AttendanceCheck.Earlier {

        @Override
        public boolean sameAs(String candidateNumber, String moduleCode, LocalDate on, Hours c, Hours s) {
            return candidate.equals(candidateNumber)
                    && module.equals(moduleCode)
                    && date.equals(on)
                    && contact.equals(c)
                    && studyLoad.equals(s);
        }
    }

    @Test
    void theDownloadableTemplateReadsAsOneGoodRow() {
        AttendanceCheck.Outcome outcome = check(AttendanceCsv.TEMPLATE);
        assertTrue(outcome.accepted(), outcome.problems().toString());
        assertEquals(1, outcome.rows().size(), "the header and its example row");
    }

    @Test
    void aGoodFileGivesEveryRow() {
        AttendanceCheck.Outcome outcome =
                check(HEADER + "R1,C0000018,MOD-01,2026-03-12,6,10\n" + "R2,C0000026,MOD-01,2026-03-19,5.75,9.5\n");
        assertTrue(outcome.accepted(), outcome.problems().toString());
        assertEquals(2, outcome.rows().size());
        assertEquals(Hours.of("5.75"), outcome.rows().get(1).contact());
    }

    @Test
    void semicolonsAsExcelWritesThemInADutchLocaleAndAByteOrderMarkAreFine() {
        AttendanceCheck.Outcome outcome =
                check("\uFEFF" + HEADER.replace(',', ';') + "R1;C0000018;MOD-01;2026-03-12;6;10\n");
        assertTrue(outcome.accepted(), outcome.problems().toString());
    }

    @Test
    void aDecimalComma() {
        assertOnly(
                check(HEADER + "R1,C0000018,MOD-01,2026-03-12,\"5,5\",10\n"),
                2,
                "contact_hours",
                "decimal comma; write 5.5");
        assertOnly(
                check(HEADER.replace(',', ';') + "R1;C0000018;MOD-01;2026-03-12;5,5;10\n"),
                2,
                "contact_hours",
                "decimal comma");
        assertOnly(
                check(HEADER + "R1,C0000018,MOD-01,2026-03-12,5,5,10\n"),
                2,
                "(row)",
                "decimal comma splitting a number");
    }

    @Test
    void anUnknownCandidateNumber() {
        assertOnly(
                check(HEADER + "R1,C0000034,MOD-01,2026-03-12,6,10\n"),
                2,
                "candidate_number",
                "no candidate has number C0000034");
        assertOnly(
                check(HEADER + "R1,C0000019,MOD-01,2026-03-12,6,10\n"),
                2,
                "candidate_number",
                "not a valid candidate number");
    }

    @Test
    void anUnknownOrInactiveModuleCode() {
        assertOnly(
                check(HEADER + "R1,C0000018,MOD-99,2026-03-12,6,10\n"),
                2,
                "module_code",
                "'MOD-99' is not one of your modules");
        assertOnly(check(HEADER + "R1,C0000018,MOD-02,2026-03-12,6,10\n"), 2, "module_code", "no longer active");
    }

    @Test
    void aNegativeOrTooLargeNumberOfHours() {
        assertOnly(check(HEADER + "R1,C0000018,MOD-01,2026-03-12,-1,10\n"), 2, "contact_hours", "-1 is negative");
        assertOnly(
                check(HEADER + "R1,C0000018,MOD-01,2026-03-12,8,10\n"),
                2,
                "contact_hours",
                "8 is more than the module's 6 contact hours");
        assertOnly(
                check(HEADER + "R1,C0000018,MOD-01,2026-03-12,6,12\n"),
                2,
                "study_load_hours",
                "12 is more than the module's 10 study-load hours");
        assertOnly(check(HEADER + "R1,C0000018,MOD-01,2026-03-12,5.1,10\n"), 2, "contact_hours", "quarter hours");
    }

    @Test
    void aDateInTheFutureOrNotADate() {
        assertOnly(check(HEADER + "R1,C0000018,MOD-01,2026-12-01,6,10\n"), 2, "date", "2026-12-01 lies in the future");
        assertOnly(
                check(HEADER + "R1,C0000018,MOD-01,12-03-2026,6,10\n"),
                2,
                "date",
                "'12-03-2026' is not a date in the form 2026-03-12");
    }

    @Test
    void aDuplicateRowId() {
        assertOnly(
                check(HEADER + "R1,C0000018,MOD-01,2026-03-12,6,10\nR1,C0000026,MOD-01,2026-03-12,6,10\n"),
                3,
                "row_id",
                "'R1' appears twice (also on line 2)");
    }

    @Test
    void aMissingColumn() {
        assertOnly(
                check(HEADER.replace(",contact_hours", "") + "R1,C0000018,MOD-01,2026-03-12,10\n"),
                1,
                "contact_hours",
                "the column is missing");
    }

    @Test
    void aWrongEncoding() {
        byte[] latin1 = (HEADER + "R1,C0000018,MOD-01,2026-03-12,6,10\nRé2,C0000026,MOD-01,2026-03-12,6,10\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        AttendanceCsv.Parsed parsed = AttendanceCsv.parse(latin1);
        assertEquals(1, parsed.problems().size(), parsed.problems().toString());
        assertEquals(3, parsed.problems().get(0).line(), "the line with the first byte that is not UTF-8");
        assertTrue(parsed.problems().get(0).message(Locale.ENGLISH).contains("not UTF-8"));
    }

    @Test
    void theSameRowUploadedAgainIsARepeatButChangedValuesAreAnError() {
        earlier.add(new Earlier("R1", "C0000018", "MOD-01", LocalDate.of(2026, 3, 12), Hours.of("6"), Hours.of("10")));
        AttendanceCheck.Outcome repeat = check(HEADER + "R1,C0000018,MOD-01,2026-03-12,6.00,10\n");
        assertTrue(repeat.accepted());
        assertTrue(repeat.rows().get(0).repeat(), "recognised by the provider's row id");
        assertOnly(
                check(HEADER + "R1,C0000018,MOD-01,2026-03-12,5,10\n"),
                2,
                "row_id",
                "already recorded with other values");
    }

    @Test
    void everyBadRowIsReportedNotJustTheFirst() {
        AttendanceCheck.Outcome outcome = check(HEADER
                + "R1,C0000018,MOD-99,2026-03-12,6,10\n"
                + "R2,C0000018,MOD-01,2026-03-12,6,10\n"
                + "R3,C0000034,MOD-01,2027-01-01,6,10\n");
        assertEquals(
                List.of("line 2: module_code", "line 4: candidate_number", "line 4: date"),
                outcome.problems().stream()
                        .map(p -> "line " + p.line() + ": " + p.field())
                        .toList());
        assertTrue(outcome.rows().isEmpty(), "all or nothing");
    }

    private AttendanceCheck.Outcome check(String csv) {
        AttendanceCsv.Parsed parsed = AttendanceCsv.parse(csv.getBytes(StandardCharsets.UTF_8));
        if (!parsed.problems().isEmpty()) {
            return new AttendanceCheck.Outcome(parsed.problems(), List.of());
        }
        return new AttendanceCheck(
                        number -> CANDIDATES.contains(number.value()),
                        code -> Optional.ofNullable(MODULES.get(code)),
                        rowId -> earlier.stream()
                                .filter(e -> e.rowId().equals(rowId))
                                .findFirst(),
                        TODAY)
                .check(parsed.rows());
    }

    private static void assertOnly(AttendanceCheck.Outcome outcome, int line, String field, String reason) {
        assertEquals(1, outcome.problems().size(), "exactly one problem: " + outcome.problems());
        RowProblem problem = outcome.problems().get(0);
        assertEquals(line, problem.line(), problem.toString());
        assertEquals(field, problem.field(), problem.toString());
        assertTrue(problem.message(Locale.ENGLISH).contains(reason), problem.toString());
        assertTrue(outcome.rows().isEmpty());
    }
}
