package nl.examenkamer.curriculum.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** What a provider's system may send as If-Match when it revises a module. */
class ModuleVersionTagTest {

    @Test
    void theETagAWeakTagOrABareNumberNameTheVersion() {
        assertEquals(3L, ModuleResource.seenVersion("\"3\""));
        assertEquals(3L, ModuleResource.seenVersion(" W/\"3\" "));
        assertEquals(3L, ModuleResource.seenVersion("3"));
    }

    @Test
    void noHeaderOrAnyVersionRevisesTheModuleAsItIs() {
        assertNull(ModuleResource.seenVersion(null));
        assertNull(ModuleResource.seenVersion(""));
        assertNull(ModuleResource.seenVersion("*"));
    }

    @Test
    void aTagThatNamesNoVersionIsRefusedWithWhatWasSent() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> ModuleResource.seenVersion("\"versie drie\""));
        assertEquals(RuleViolation.Kind.BAD_REQUEST, refused.kind());
        assertEquals("module.ifMatch.unreadable", refused.messageKey());
        assertArrayEquals(new Object[] {"\"versie drie\""}, refused.arguments());
    }
}
