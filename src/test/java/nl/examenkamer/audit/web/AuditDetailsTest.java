package nl.examenkamer.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The moments in an audit entry's details, as the board reads them: Dutch time, winter and summer. */
class AuditDetailsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aMomentRecordedInUtcIsShownInDutchTime() {
        assertEquals(
                "session=S-1 candidate=C0000018 seed=42 deadline=2026-12-07 10:45:15",
                AuditDetails.readable(
                        "session=S-1 candidate=C0000018 seed=42 deadline=2026-12-07T09:45:15.261478Z", AMSTERDAM));
        assertEquals(
                "window=2027-06-01 09:00:00..2027-06-01 10:30:00",
                AuditDetails.readable("window=2027-06-01T07:00:00Z..2027-06-01T08:30Z", AMSTERDAM));
    }

    @Test
    void detailsWithoutAMomentOrWithAnImpossibleOneStayAsRecorded() {
        assertEquals("score=35/40", AuditDetails.readable("score=35/40", AMSTERDAM));
        assertEquals("until=2026-12-07T25:00:00Z", AuditDetails.readable("until=2026-12-07T25:00:00Z", AMSTERDAM));
        assertEquals("", AuditDetails.readable(null, AMSTERDAM));
    }
}
