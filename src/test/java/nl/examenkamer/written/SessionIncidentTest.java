package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class SessionIncidentTest {

    @Test
    void aNoteIsKeptStripped() {
        assertEquals("Brandalarm om 10:12", SessionIncident.note("  Brandalarm om 10:12\n"));
    }

    @Test
    void anEmptyNoteIsRefused() {
        for (String empty : new String[] {null, "", "  \n "}) {
            RuleViolation refused = assertThrows(RuleViolation.class, () -> SessionIncident.note(empty));
            assertEquals("sessionIncident.note.required", refused.messageKey());
        }
    }

    @Test
    void aNoteLongerThanAReportCanHoldIsRefusedWithItsLength() {
        assertEquals(2000, SessionIncident.note("x".repeat(2000)).length());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> SessionIncident.note("x".repeat(2001)));
        assertEquals("sessionIncident.note.tooLong", refused.messageKey());
        assertArrayEquals(new Object[] {2000, 2001}, refused.arguments());
    }
}
