package nl.examenkamer.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedPasswordsTest {

    private static final Instant T0 = Instant.parse("2026-12-02T09:00:00Z");
    private static final String STORED = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    private final VerifiedPasswords verified = new VerifiedPasswords(clock, Duration.ofMinutes(5), 3);

    @Test
    void aRememberedMatchHoldsForItsLifetimeAndNotAMomentLonger() {
        verified.remember("geheim-wachtwoord", STORED);
        now = T0.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertTrue(verified.remembers("geheim-wachtwoord", STORED));
        now = T0.plus(Duration.ofMinutes(5));
        assertFalse(verified.remembers("geheim-wachtwoord", STORED), "the full check again once it expired");
        assertEquals(0, verified.size(), "an expired entry is dropped when found");
    }

    @Test
    void onlyTheSamePasswordForTheSameStoredHashIsRemembered() {
        verified.remember("geheim-wachtwoord", STORED);
        assertFalse(verified.remembers("geheim-wachtwoorD", STORED), "another password");
        assertFalse(verified.remembers("", STORED), "an empty password");
        String afterReset = "PBKDF2WithHmacSHA512:210000:bmlldXc=:YW5kZXJz";
        assertFalse(verified.remembers("geheim-wachtwoord", afterReset), "a changed or reset password");
    }

    @Test
    void theBoundaryBetweenStoredHashAndPasswordCannotBeShifted() {
        verified.remember("bc", "a");
        assertFalse(verified.remembers("c", "ab"));
    }

    @Test
    void whenFullTheMatchRememberedLongestAgoGoesFirst() {
        verified.remember("een", STORED);
        now = T0.plusSeconds(1);
        verified.remember("twee", STORED);
        now = T0.plusSeconds(2);
        verified.remember("drie", STORED);
        now = T0.plusSeconds(3);
        verified.remember("een", STORED); // again: now the newest
        now = T0.plusSeconds(4);
        verified.remember("vier", STORED);

        assertEquals(3, verified.size());
        assertFalse(verified.remembers("twee", STORED), "the oldest went");
        assertTrue(verified.remembers("een", STORED));
        assertTrue(verified.remembers("drie", STORED));
        assertTrue(verified.remembers("vier", STORED));
    }

    @Test
    void aZeroLifetimeRemembersNothing() {
        VerifiedPasswords never = new VerifiedPasswords(clock, Duration.ZERO, 3);
        never.remember("geheim-wachtwoord", STORED);
        assertFalse(never.remembers("geheim-wachtwoord", STORED));
        assertEquals(0, never.size());
    }
}
