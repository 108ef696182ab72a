package nl.examenkamer.written.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class AnswerSaveFilterTest {

    private static AnswerSaveFilter.Body body(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return AnswerSaveFilter.body(object);
        }
    }

    @Test
    void readsTheSequenceTheMarkedOptionsAndTheFlag() {
        AnswerSaveFilter.Body body = body("{\"seq\":12,\"answer\":[\"B\",\"D\"],\"flagged\":true}");
        assertEquals(12, body.seq());
        assertEquals(List.of("B", "D"), body.answer());
        assertTrue(body.flagged());
    }

    @Test
    void noAnswerAndNoFlagAreAnEmptyItemNotFlagged() {
        AnswerSaveFilter.Body body = body("{\"seq\":1,\"answer\":null}");
        assertNull(body.answer());
        assertFalse(body.flagged());
    }

    @Test
    void aSaveWithoutSequenceNumberBreaksTheRuleThePageIsToldOf() {
        RuleViolation missing = assertThrows(RuleViolation.class, () -> body("{\"answer\":[\"A\"]}"));
        assertEquals("attempt.seq.positive", missing.messageKey());
    }

    @Test
    void fieldsOfTheWrongKindAreMalformedJson() {
        assertThrows(JsonException.class, () -> body("{\"seq\":\"8\"}"));
        assertThrows(JsonException.class, () -> body("{\"seq\":8.5}"));
        assertThrows(JsonException.class, () -> body("{\"seq\":8,\"answer\":\"A\"}"));
        assertThrows(JsonException.class, () -> body("{\"seq\":8,\"answer\":[1]}"));
        assertThrows(JsonException.class, () -> body("{\"seq\":8,\"flagged\":\"yes\"}"));
    }
}
