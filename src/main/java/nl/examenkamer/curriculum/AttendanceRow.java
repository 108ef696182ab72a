package nl.examenkamer.curriculum;

/**
 * One attendance row as a provider supplied it, still as text: a CSV line, an element of a JSON
 * array, or a row typed on the screen. {@code line} says where it came from (the CSV line number,
 * or the array index), for the error messages.
 */
public record AttendanceRow(
        int line,
        String rowId,
        String candidateNumber,
        String moduleCode,
        String date,
        String contactHours,
        String studyLoadHours) {}
