package nl.examenkamer.identity;

import java.time.Duration;

/**
 * How many failed log-ins an account tolerates, and for how long it then refuses log-ins.
 *
 * @param maxFailures failed attempts in a row that lock the account
 * @param lockDuration how long a locked account refuses every attempt, even a correct one
 */
public record LoginPolicy(int maxFailures, Duration lockDuration) {

    public LoginPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }
}
