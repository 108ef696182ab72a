package nl.examenkamer.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
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
}
