package nl.examenkamer.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import nl.examenkamer.audit.AuditFilter;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingBothDates() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Period.requireOrdered(DAY, DAY.minusDays(1)));
        assertEquals(RuleViolation.Kind.INVALID, refused.kind());
        assertEquals("period.reversed", refused.messageKey());
        assertArrayEquals(new Object[] {DAY, DAY.minusDays(1)}, refused.arguments());
        assertEquals(
                "De periode eindigt (2027-03-09) vóór zij begint (2027-03-10): kies een einddatum op of na de"
                        + " begindatum.",
                Messages.text(Locale.forLanguageTag("nl"), refused.messageKey(), refused.arguments()));
    }

    @Test
    void aOneDayPeriodAndAnOpenEndAreFine() {
        assertDoesNotThrow(() -> Period.requireOrdered(DAY, DAY));
        assertDoesNotThrow(() -> Period.requireOrdered(null, DAY));
        assertDoesNotThrow(() -> Period.requireOrdered(DAY, null));
    }

    @Test
    void anAuditFilterCannotEndBeforeItStarts() {
        Instant from = Instant.parse("2026-12-02T00:00:00Z");
        assertThrows(RuleViolation.class, () -> new AuditFilter(null, null, null, null, from, from.minusSeconds(1)));
        assertDoesNotThrow(() -> new AuditFilter(null, null, null, null, from, from.plusSeconds(1)));
    }
}
