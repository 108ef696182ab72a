package nl.examenkamer.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LoginPolicy POLICY = new LoginPolicy(5, Duration.ofMinutes(15));
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void fourFailuresDoNotLockTheFifthDoes() {
        for (int i = 0; i < 4; i++) {
            assertFalse(throttle.recordFailure(T0.plusSeconds(i), POLICY), "failure " + (i + 1));
        }
        assertFalse(throttle.isLocked(T0.plusSeconds(4)));
        assertTrue(throttle.recordFailure(T0.plusSeconds(5), POLICY), "the fifth failure locks");
        assertTrue(throttle.isLocked(T0.plusSeconds(6)));
        assertEquals(
                T0.plusSeconds(5).plus(Duration.ofMinutes(15)),
                throttle.lockedUntil(T0.plusSeconds(6)).orElseThrow());
    }

    @Test
    void theLockLastsItsDurationAndAttemptsDuringItDoNotExtendIt() {
        lockAt(T0);
        Instant until = T0.plus(Duration.ofMinutes(15));
        assertFalse(throttle.recordFailure(T0.plus(Duration.ofMinutes(10)), POLICY));
        assertTrue(throttle.isLocked(until.minusMillis(1)));
        assertFalse(throttle.isLocked(until), "the lock ends exactly at its end time");
    }

    @Test
    void afterTheLockCountingStartsAgain() {
        lockAt(T0);
        Instant later = T0.plus(Duration.ofMinutes(16));
        assertFalse(throttle.recordFailure(later, POLICY));
        assertEquals(1, throttle.failedLogins());
        assertFalse(throttle.isLocked(later));
    }

    @Test
    void aSuccessClearsTheCount() {
        throttle.recordFailure(T0, POLICY);
        throttle.recordFailure(T0, POLICY);
        throttle.recordSuccess();
        assertEquals(0, throttle.failedLogins());
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(T0, POLICY);
        }
        assertFalse(throttle.isLocked(T0), "two old failures were forgotten after the success");
    }

    @Test
    void unlockLiftsALock() {
        lockAt(T0);
        throttle.unlock();
        assertFalse(throttle.isLocked(T0.plusSeconds(1)));
    }

    private void lockAt(Instant when) {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(when, POLICY);
        }
        assertTrue(throttle.isLocked(when));
    }
}
