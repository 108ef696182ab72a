package nl.examenkamer.curriculum;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An attendance record as pages and the API show it. */
public record RecordView(
        long id,
        String providerCode,
        String providerName,
        String rowId,
        String candidateNumber,
        String candidateName,
        String moduleCode,
        String moduleTitle,
        String theme,
        LocalDate date,
        String contactHours,
        String studyLoadHours,
        AttendanceStatus status,
        Instant recordedAt,
        String recordedBy,
        String changeReason,
        long version)
        implements Serializable {

    static RecordView of(AttendanceRecord record) {
        return new RecordView(
                record.id(),
                record.provider().code(),
                record.provider().name(),
                record.rowId(),
                record.candidate().number().value(),
                record.candidate().fullName(),
                record.module().code(),
                record.module().title(),
                record.theme(),
                record.attendedOn(),
                record.contact().toString(),
                record.studyLoad().toString(),
                record.status(),
                record.recordedAt(),
                record.recordedBy(),
                record.changeReason(),
                record.version());
    }
}
