package nl.examenkamer.identity.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SavedPageTest {

    @Test
    void pagesOfThisApplicationAreSafe() {
        assertTrue(new SavedPage("/board/audit.xhtml?actor=bea").isSafe());
    }

    @Test
    void anUpdateFromAnOpenPageLeadsBackToThatPageWithItsParameters() {
        assertEquals(
                Optional.of(new SavedPage("/board/item.xhtml?code=AA-01")),
                SavedPage.sentFrom("http://localhost:8080/board/item.xhtml?code=AA-01", ""));
        assertEquals(
                Optional.of(new SavedPage("/provider/modules.xhtml")),
                SavedPage.sentFrom("https://examenkamer.example/ek/provider/modules.xhtml", "/ek"));
    }

    @Test
    void anUpdateFromNoPageOfThisApplicationLeadsNowhere() {
        assertEquals(Optional.empty(), SavedPage.sentFrom(null, ""));
        assertEquals(Optional.empty(), SavedPage.sentFrom("https://other.example/elsewhere", "/ek"));
        assertEquals(Optional.empty(), SavedPage.sentFrom("not a URL at all", ""));
        assertEquals(Optional.empty(), SavedPage.sentFrom("http://x/%%", ""));
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
