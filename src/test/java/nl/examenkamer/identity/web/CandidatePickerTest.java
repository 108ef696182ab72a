package nl.examenkamer.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What a candidate field hands the service: the number of a suggestion, or the text as typed. */
class CandidatePickerTest {

    @Test
    void aChosenSuggestionGivesItsNumber() {
        assertEquals("C0000018", CandidatePicker.numberOf("C0000018 · Daan de Demo"));
    }

    @Test
    void aNumberTypedByHandPassesAsTyped() {
        assertEquals("C0000018", CandidatePicker.numberOf(" C0000018 "));
        assertEquals("Daan", CandidatePicker.numberOf("Daan"), "the service then says no such candidate");
        assertNull(CandidatePicker.numberOf(null));
    }
}
