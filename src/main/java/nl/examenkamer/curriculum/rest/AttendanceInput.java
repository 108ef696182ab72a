package nl.examenkamer.curriculum.rest;

import java.util.Map;
import nl.examenkamer.curriculum.AttendanceRow;

/**
 * One attendance record in {@code POST /attendance}: the CSV columns in camel case. Hours may be
 * JSON numbers (7.5) or strings ("7.5"); they are kept as text so that a bad value is reported
 * with its index and field, like every other problem, instead of failing the whole request.
 */
public record AttendanceInput(
        String rowId,
        String candidateNumber,
        String moduleCode,
        String date,
        String contactHours,
        String studyLoadHours) {

    private static final Map<String, String> JSON_NAMES = Map.of(
            "row_id", "rowId",
            "candidate_number", "candidateNumber",
            "module_code", "moduleCode",
            "date", "date",
            "contact_hours", "contactHours",
            "study_load_hours", "studyLoadHours");

    AttendanceRow toRow(int index) {
        return new AttendanceRow(index, rowId, candidateNumber, moduleCode, date, contactHours, studyLoadHours);
    }

    static String jsonName(String csvColumn) {
        return JSON_NAMES.getOrDefault(csvColumn, csvColumn);
    }
}
