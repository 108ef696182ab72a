package nl.examenkamer.oral.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import nl.examenkamer.shared.RuleViolation;

/** Parses the dates and times of oral exam requests, naming the field that is wrong. */
final class Inputs {

    private Inputs() {}

    static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("field.required", field);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("field.date", field, text);
        }
    }

    /** Dutch local time, as 2026-12-08T09:00. */
    static LocalDateTime localDateTime(String field, String text) {
        if (text == null || text.isBlank()) {
            throw RuleViolation.invalid("field.required", field);
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("field.dateTime", field, text);
        }
    }

    static long required(String field, Long value) {
        if (value == null) {
            throw RuleViolation.invalid("field.required", field);
        }
        return value;
    }

    static <T> T body(T body) {
        if (body == null) {
            throw RuleViolation.invalid("field.required", "body");
        }
        return body;
    }
}
