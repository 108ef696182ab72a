package nl.examenkamer.identity.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SavedPageTest {

    @Test
    void pagesOfThisApplicationAreSafe() {
        assertTrue(new SavedPage("/board/audit.xhtml?actor=bea").isSafe());
    }

    @Test
    void nothingElseIs() {
        assertFalse(new SavedPage("//evil.example/x").isSafe(), "protocol-relative URL");
        assertFalse(new SavedPage("https://evil.example/").isSafe());
        assertFalse(new SavedPage("/\\evil.example").isSafe());
        assertFalse(new SavedPage("/api/v1/me").isSafe(), "an API answer is not a page");
        assertFalse(new SavedPage("/jakarta.faces.resource/core.js.xhtml").isSafe());
    }
}
