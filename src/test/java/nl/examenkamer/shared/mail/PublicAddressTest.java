package nl.examenkamer.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void unsetOrBlankMeansNoLinks() {
        assertEquals(Optional.empty(), PublicAddress.parse(null));
        assertEquals(Optional.empty(), PublicAddress.parse("  "));
    }

    @Test
    void aPageIsJoinedWithOneSlashWhateverTheOperatorTyped() {
        assertEquals(
                "https://examens.rnvc.nl/examiner/index.xhtml#availability",
                PublicAddress.parse("https://examens.rnvc.nl/").orElseThrow().of("/examiner/index.xhtml#availability"));
        assertEquals(
                "https://rnvc.nl/examens/candidate/index.xhtml",
                PublicAddress.parse(" https://rnvc.nl/examens ").orElseThrow().of("candidate/index.xhtml"));
    }

    @Test
    void anAddressThatCannotBeOpenedIsRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PublicAddress.parse("examens.rnvc.nl"))
                .getMessage()
                .contains("'examens.rnvc.nl' is refused: it does not start with https:// or http://"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PublicAddress.parse("https://"))
                .getMessage()
                .contains("EXAMENKAMER_PUBLIC_URL 'https://' is refused"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PublicAddress.parse("https://rnvc.nl/?x=1"))
                .getMessage()
                .contains("query or fragment"));
    }
}
