package nl.examenkamer.curriculum;

/** Whether an attendance record counts. Only ACTIVE records count towards admission. */
public enum AttendanceStatus {
    ACTIVE,
    /** The provider withdrew its own record, with a reason. */
    WITHDRAWN,
    /** The exam board voided the record, with a reason. */
    VOIDED
}
