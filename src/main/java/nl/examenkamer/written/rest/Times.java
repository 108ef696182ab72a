package nl.examenkamer.written.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import nl.examenkamer.shared.RuleViolation;

/** Dates and times as the API takes them: ISO text, a time without offset being Dutch time. */
final class Times {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private Times() {}

    static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("field.required", field);
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(DUTCH_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw RuleViolation.invalid("field.dateTime", field, text);
            }
        }
    }

    static LocalDate date(String field, String text, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback.atZone(DUTCH_TIME).toLocalDate();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("field.date", field, text);
        }
    }
}
