package nl.examenkamer.shared.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.examenkamer.shared.InvalidFields;
import nl.examenkamer.shared.RuleViolation;

/**
 * Reads the text fields of one API request (dates, moments, required numbers). A field that cannot
 * be read is noted and read as {@code null}; {@link #check()} then refuses the request with every
 * such field at once, so a caller with three mistakes does not need three tries to find them.
 * Call {@code check()} before using what was read.
 */
public final class RequestFields {

    /** A moment without an offset is Dutch time: the register's exams are held in the Netherlands. */
    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final List<InvalidFields.Problem> problems = new ArrayList<>();

    /** The request's body, which every other field is read from: refused at once when absent. */
    public static <T> T body(T body) {
        if (body == null) {
            throw RuleViolation.invalid("field.required", "body");
        }
        return body;
    }

    /** A moment as ISO text: with an offset (2026-12-01T09:00+01:00) or without, then Dutch time. */
    public Instant instant(String field, String text) {
        if (missing(field, text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            LocalDateTime local = localDateTime(field, text);
            return local == null ? null : local.atZone(DUTCH_TIME).toInstant();
        }
    }

    /** A Dutch local date and time, as 2026-12-08T09:00. */
    public LocalDateTime localDateTime(String field, String text) {
        return missing(field, text) ? null : parsed(field, text, LocalDateTime::parse, "field.dateTime");
    }

    /** A date, as 2026-12-01. */
    public LocalDate date(String field, String text) {
        return missing(field, text) ? null : optionalDate(field, text);
    }

    /** A date that may be left out: {@code null} then, and no problem. */
    public LocalDate optionalDate(String field, String text) {
        return text == null || text.isBlank() ? null : parsed(field, text, LocalDate::parse, "field.date");
    }

    /** A time of day that may be left out, as 17:00: {@code null} then, and no problem. */
    public LocalTime optionalTime(String field, String text) {
        return text == null || text.isBlank() ? null : parsed(field, text, LocalTime::parse, "field.time");
    }

    public Long required(String field, Long value) {
        if (value == null) {
            problems.add(new InvalidFields.Problem(field, "field.required", List.of(field)));
        }
        return value;
    }

    /** Refuses the request (422) with every field noted so far; does nothing when all could be read. */
    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidFields(problems);
        }
    }

    private boolean missing(String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(new InvalidFields.Problem(field, "field.required", List.of(field)));
            return true;
        }
        return false;
    }

    /** The text parsed, or {@code null} with the field noted under {@code messageKey} when it is not one. */
    private <T> T parsed(String field, String text, Function<String, T> parse, String messageKey) {
        try {
            return parse.apply(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidFields.Problem(field, messageKey, List.of(field, text)));
            return null;
        }
    }
}
