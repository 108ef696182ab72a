package nl.examenkamer.written.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class AnswerSaveFilterTest {

    /** The body as the filter reads it from the request's stream. */
    private static AnswerSaveFilter.Body body(String json) throws IOException {
        return AnswerSaveFilter.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheSequenceTheMarkedOptionsAndTheFlag() throws IOException {
        AnswerSaveFilter.Body body = body("{\"seq\":12,\"answer\":[\"B\",\"D\"],\"flagged\":true}");
        assertEquals(12, body.seq());
        assertEquals(List.of("B", "D"), body.answer());
        assertTrue(body.flagged());
    }

    @Test
    void noAnswerAndNoFlagAreAnEmptyItemNotFlagged() throws IOException {
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
    void aBodyLongerThanASaveCanBeIsRefusedAsMalformed() throws IOException {
        String save = "{\"seq\":1}";
        String tooLong = save + " ".repeat(AnswerSaveFilter.MAX_BODY);
        JsonException refused = assertThrows(JsonException.class, () -> body(tooLong));
        assertTrue(refused.getMessage().contains(String.valueOf(AnswerSaveFilter.MAX_BODY)), refused.getMessage());
        String justFits = save + " ".repeat(AnswerSaveFilter.MAX_BODY - save.length());
        assertEquals(1, body(justFits).seq());
    }

    @Test
    void notJsonAtAllIsMalformedJson() {
        assertThrows(JsonException.class, () -> body("seq=1"));
    }

    @Test
    void aFieldASaveDoesNotHaveIsRefusedByNameRatherThanSavedAsNoAnswer() {
        JsonException refused = assertThrows(JsonException.class, () -> body("{\"seq\":3,\"labels\":[\"A\"]}"));
        assertTrue(refused.getMessage().contains("\"labels\""), refused.getMessage());
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
