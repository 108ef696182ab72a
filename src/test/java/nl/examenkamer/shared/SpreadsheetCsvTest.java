package nl.examenkamer.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void utf8WithAByteOrderMarkSoExcelShowsAccentsThenQuotedWhereNeeded() {
        byte[] csv = SpreadsheetCsv.of(
                List.of("naam", "opmerking"),
                List.of(List.of("Zoë de Vries", "zegt \"ja\", toch"), List.of("Bram", "")));

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals(
                List.of("\uFEFFnaam,opmerking", "Zoë de Vries,\"zegt \"\"ja\"\", toch\"", "Bram,"),
                new String(csv, StandardCharsets.UTF_8).lines().toList());
        assertTrue(
                new String(csv, StandardCharsets.UTF_8).startsWith("\uFEFFnaam,opmerking\r\n"),
                "lines end in CRLF, as RFC 4180 has it");
    }
}
