package nl.examenkamer.shared.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** What a client may send as If-Match to change only the version it read. */
class IfMatchTest {

    @Test
    void theETagAWeakTagOrABareNumberNameTheVersion() {
        assertEquals(3L, IfMatch.version("\"3\""));
        assertEquals(3L, IfMatch.version(" W/\"3\" "));
        assertEquals(3L, IfMatch.version("3"));
    }

    @Test
    void noHeaderOrAnyVersionChangesWhatIsStored() {
        assertNull(IfMatch.version(null));
        assertNull(IfMatch.version(""));
        assertNull(IfMatch.version("*"));
    }

    @Test
    void aTagThatNamesNoVersionIsRefusedWithWhatWasSent() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> IfMatch.version("\"versie drie\""));
        assertEquals(RuleViolation.Kind.BAD_REQUEST, refused.kind());
        assertEquals("ifMatch.unreadable", refused.messageKey());
        assertArrayEquals(new Object[] {"\"versie drie\""}, refused.arguments());
    }
}
