package nl.examenkamer.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * The failed-log-in state of one account. After {@link LoginPolicy#maxFailures()} failures in a
 * row the account is locked until a moment in the future; while locked, every attempt is refused
 * without looking at the password, and refused attempts do not extend the lock (so nobody can keep
 * another person locked out for ever by guessing). When the lock has passed, counting starts
 * again from zero. A successful log-in clears the count.
 */
@Embeddable
public class LoginThrottle {

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Optional<Instant> lockedUntil(Instant now) {
        return isLocked(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** Records a wrong password; returns true when this failure locked the account. */
    public boolean recordFailure(Instant now, LoginPolicy policy) {
        if (isLocked(now)) {
            return false;
        }
        if (lockedUntil != null) {
            // A lock that has passed gives the account a fresh start.
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            return true;
        }
        return false;
    }

    public void recordSuccess() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** The board lifts a lock, for instance after a password reset. */
    public void unlock() {
        recordSuccess();
    }

    public int failedLogins() {
        return failedLogins;
    }
}
