package nl.examenkamer.shared.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.InvalidFields;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {

    @Test
    void everyFieldThatCannotBeReadIsReportedInOneRefusal() {
        RequestFields fields = new RequestFields();
        assertNull(fields.instant("windowStart", null));
        assertNull(fields.instant("windowEnd", "morgen om negen"));
        assertNull(fields.optionalDate("examDate", "1-12-2026"));
        assertNull(fields.required("roomId", null));

        InvalidFields refused = assertThrows(InvalidFields.class, fields::check);

        assertEquals(RuleViolation.Kind.INVALID, refused.kind());
        assertEquals(
                List.of("windowStart", "windowEnd", "examDate", "roomId"),
                refused.problems().stream().map(InvalidFields.Problem::field).toList());
        assertEquals(
                "windowEnd: 'morgen om negen' is geen datum en tijd (bijvoorbeeld 2026-12-01T09:00).",
                refused.problems().get(1).text(new Locale("nl")));
        assertEquals(
                "examDate: '1-12-2026' is not a date (for example 2026-12-01).",
                refused.problems().get(2).text(Locale.ENGLISH));
    }

    @Test
    void aMomentWithoutOffsetIsDutchTimeInWinterAndSummer() {
        RequestFields fields = new RequestFields();

        assertEquals(Instant.parse("2026-12-01T08:00:00Z"), fields.instant("start", "2026-12-01T09:00"));
        assertEquals(Instant.parse("2027-06-01T07:00:00Z"), fields.instant("start", " 2027-06-01T09:00 "));
        assertEquals(Instant.parse("2026-12-01T09:00:00Z"), fields.instant("start", "2026-12-01T09:00Z"));
        assertDoesNotThrow(fields::check);
    }

    @Test
    void anOptionalDateMayBeLeftOutButARequiredOneMayNot() {
        RequestFields fields = new RequestFields();

        assertNull(fields.optionalDate("examDate", " "));
        assertDoesNotThrow(fields::check);
        assertEquals(LocalDate.of(2026, 12, 1), fields.date("from", "2026-12-01"));
        assertNull(fields.date("until", ""));

        InvalidFields refused = assertThrows(InvalidFields.class, fields::check);
        assertEquals("field.required", refused.messageKey(), "one wrong field reads as that field's own problem");
        assertEquals("until is verplicht.", refused.problems().get(0).text(new Locale("nl")));
    }

    @Test
    void aMissingBodyIsRefusedBeforeAnyFieldIsRead() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> RequestFields.body(null));
        assertEquals("field.required", refused.messageKey());
    }
}
