package nl.examenkamer.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.InvalidFields;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void aConflictTellsTheCallerNothingWasStoredAndWhatToDo() {
        Problem dutch = Problems.concurrentChange(new Locale("nl"), "/api/v1/modules/AG-1");
        Problem english = Problems.concurrentChange(Locale.ENGLISH, "/api/v1/modules/AG-1");

        assertEquals(409, dutch.status());
        assertEquals("concurrent-change", dutch.code());
        assertTrue(dutch.detail().contains("uw wijziging is niet opgeslagen"), dutch.detail());
        assertTrue(english.detail().contains("your change was not saved"), english.detail());
    }

    @Test
    void wrongFieldsAreListedEachWithItsReasonInTheCallersLanguage() {
        InvalidFields several = new InvalidFields(List.of(
                new InvalidFields.Problem("windowStart", "field.required", List.of("windowStart")),
                new InvalidFields.Problem("windowEnd", "field.dateTime", List.of("windowEnd", "morgen"))));

        Problem english = Problems.of(several, Locale.ENGLISH, "/api/v1/exam-sessions");

        assertEquals(422, english.status());
        assertEquals("field.severalInvalid", english.code());
        assertEquals("2 fields are not right; see errors.", english.detail());
        assertEquals(
                List.of(
                        new Problem.FieldError("windowStart", "windowStart is required."),
                        new Problem.FieldError(
                                "windowEnd",
                                "windowEnd: 'morgen' is not a date and time (for example 2026-12-01T09:00).")),
                english.errors());

        Problem one = Problems.of(
                new InvalidFields(List.of(several.problems().get(0))), new Locale("nl"), "/api/v1/exam-sessions");
        assertEquals("field.required", one.code(), "a single wrong field keeps its own code");
        assertEquals("windowStart is verplicht.", one.detail());
        assertEquals(1, one.errors().size());
    }
}
