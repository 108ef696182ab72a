package nl.examenkamer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RowSafeDatePickerRendererTest {

    @Test
    void theTypedTextIsPutBackAsAStringThatCannotEndItsScript() {
        assertEquals("\"1 april\"", RowSafeDatePickerRenderer.jsString("1 april"));
        assertEquals(
                "\"\\u003c/script>\\u003cscript>alert(1)\\\"\"",
                RowSafeDatePickerRenderer.jsString("</script><script>alert(1)\""));
    }
}
