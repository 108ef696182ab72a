package nl.examenkamer.curriculum;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.Reason;

/**
 * Checks a whole batch of attendance rows before anything is stored, and reports every bad row
 * with its line, field and reason. Rows whose row id the provider already used with exactly the same
 * values are recognised as repeats and add nothing; a row id already used with other values is an
 * error (the record must be corrected instead).
 *
 * <p>Plain Java: what it needs to know about candidates, modules and earlier records comes in
 * through the lookups, so it is tested without a database.
 */
public final class AttendanceCheck {

    public static final int MAX_ROWS = 10_000;

    /** What the check needs to know about a module of this provider. */
    public record ModuleFacts(String code, Hours contact, Hours studyLoad, boolean active) {}

    /** A row that passed, with its values parsed. */
    public record CheckedRow(
            AttendanceRow row,
            CandidateNumber candidate,
            ModuleFacts module,
            LocalDate date,
            Hours contact,
            Hours studyLoad,
            boolean repeat) {}

    /** The outcome: either problems, or every row checked. */
    public record Outcome(List<RowProblem> problems, List<CheckedRow> rows) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** An earlier record under a row id, for recognising repeats. */
    public interface Earlier {
        boolean sameAs(String candidateNumber, String moduleCode, LocalDate date, Hours contact, Hours studyLoad);
    }

    private final Function<CandidateNumber, Boolean> candidateExists;
    private final Function<String, Optional<ModuleFacts>> modules;
    private final Function<String, Optional<? extends Earlier>> earlierRecords;
    private final LocalDate today;

    public AttendanceCheck(
            Function<CandidateNumber, Boolean> candidateExists,
            Function<String, Optional<ModuleFacts>> modules,
            Function<String, Optional<? extends Earlier>> earlierRecords,
            LocalDate today) {
        this.candidateExists = candidateExists;
        this.modules = modules;
        this.earlierRecords = earlierRecords;
        this.today = today;
    }

    public Outcome check(List<AttendanceRow> rows) {
        List<RowProblem> problems = new ArrayList<>();
        List<CheckedRow> checked = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new RowProblem(0, "rows", Reason.of("attendance.rows.none")));
        }
        if (rows.size() > MAX_ROWS) {
            problems.add(new RowProblem(0, "rows", Reason.of("attendance.rows.tooMany", rows.size(), MAX_ROWS)));
            return new Outcome(problems, List.of());
        }
        Map<String, Integer> rowIdsSeen = new HashMap<>();
        for (AttendanceRow row : rows) {
            int before = problems.size();
            String rowId = required(row, "row_id", row.rowId(), problems);
            if (rowId != null) {
                if (rowId.length() > 80) {
                    problems.add(new RowProblem(row.line(), "row_id", Reason.of("attendance.rowId.tooLong", 80)));
                }
                Integer first = rowIdsSeen.putIfAbsent(rowId, row.line());
                if (first != null) {
                    problems.add(
                            new RowProblem(row.line(), "row_id", Reason.of("attendance.rowId.twice", rowId, first)));
                }
            }
            CandidateNumber candidate = candidate(row, problems);
            ModuleFacts module = module(row, problems);
            LocalDate date = date(row, problems);
            Hours contact = hours(
                    row,
                    "contact_hours",
                    row.contactHours(),
                    module == null ? null : module.contact(),
                    "attendance.hours.moreThanModuleContact",
                    problems);
            Hours studyLoad = hours(
                    row,
                    "study_load_hours",
                    row.studyLoadHours(),
                    module == null ? null : module.studyLoad(),
                    "attendance.hours.moreThanModuleStudyLoad",
                    problems);
            if (problems.size() > before) {
                continue;
            }
            boolean repeat = false;
            Optional<? extends Earlier> earlier = earlierRecords.apply(rowId);
            if (earlier.isPresent()) {
                if (earlier.get().sameAs(candidate.value(), module.code(), date, contact, studyLoad)) {
                    repeat = true;
                } else {
                    problems.add(new RowProblem(row.line(), "row_id", Reason.of("attendance.rowId.changed", rowId)));
                    continue;
                }
            }
            checked.add(new CheckedRow(row, candidate, module, date, contact, studyLoad, repeat));
        }
        return new Outcome(problems, problems.isEmpty() ? checked : List.of());
    }

    private CandidateNumber candidate(AttendanceRow row, List<RowProblem> problems) {
        String text = required(row, "candidate_number", row.candidateNumber(), problems);
        if (text == null) {
            return null;
        }
        CandidateNumber number = CandidateNumber.typed(text).orElse(null);
        if (number == null) {
            problems.add(
                    new RowProblem(row.line(), "candidate_number", Reason.of("attendance.candidate.invalid", text)));
            return null;
        }
        if (!candidateExists.apply(number)) {
            problems.add(new RowProblem(
                    row.line(), "candidate_number", Reason.of("attendance.candidate.unknown", number.value())));
            return null;
        }
        return number;
    }

    private ModuleFacts module(AttendanceRow row, List<RowProblem> problems) {
        String code = required(row, "module_code", row.moduleCode(), problems);
        if (code == null) {
            return null;
        }
        Optional<ModuleFacts> module = modules.apply(code);
        if (module.isEmpty()) {
            problems.add(new RowProblem(row.line(), "module_code", Reason.of("attendance.module.unknown", code)));
            return null;
        }
        if (!module.get().active()) {
            problems.add(new RowProblem(row.line(), "module_code", Reason.of("attendance.module.inactive", code)));
            return null;
        }
        return module.get();
    }

    private LocalDate date(AttendanceRow row, List<RowProblem> problems) {
        String text = required(row, "date", row.date(), problems);
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new RowProblem(row.line(), "date", Reason.of("attendance.date.notADate", text)));
            return null;
        }
        if (date.isAfter(today)) {
            problems.add(new RowProblem(row.line(), "date", Reason.of("attendance.date.future", date)));
            return null;
        }
        return date;
    }

    private static Hours hours(
            AttendanceRow row,
            String field,
            String text,
            Hours moduleMaximum,
            String moreThanModuleKey,
            List<RowProblem> problems) {
        String value = required(row, field, text, problems);
        if (value == null) {
            return null;
        }
        Reason problem = Hours.problemWith(value);
        if (problem != null) {
            problems.add(new RowProblem(row.line(), field, problem));
            return null;
        }
        Hours hours = Hours.parse(value);
        if (moduleMaximum != null && hours.compareTo(moduleMaximum) > 0) {
            problems.add(new RowProblem(row.line(), field, Reason.of(moreThanModuleKey, hours, moduleMaximum)));
            return null;
        }
        return hours;
    }

    private static String required(AttendanceRow row, String field, String value, List<RowProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new RowProblem(row.line(), field, Reason.of("attendance.field.empty")));
            return null;
        }
        return value.strip();
    }
}
