package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactTest {

    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aRunningAttemptIsLostAfterThreeMissedClockCalls() {
        assertFalse(Contact.lost(AttemptStatus.IN_PROGRESS, now.minusSeconds(30), now), "one call ago");
        assertFalse(Contact.lost(AttemptStatus.IN_PROGRESS, now.minusSeconds(90), now), "exactly 90 s: not yet");
        assertTrue(Contact.lost(AttemptStatus.IN_PROGRESS, now.minusSeconds(91), now));
        assertTrue(Contact.lost(AttemptStatus.IN_PROGRESS, now.minusSeconds(600), now));
    }

    @Test
    void onlyARunningAttemptCanLoseContact() {
        Instant longAgo = now.minusSeconds(3600);
        for (AttemptStatus ended :
                new AttemptStatus[] {AttemptStatus.SUBMITTED, AttemptStatus.TIMED_OUT, AttemptStatus.CLOSED}) {
            assertFalse(Contact.lost(ended, longAgo, now), ended.name());
        }
        assertFalse(Contact.lost(null, null, now), "not started");
    }
}
