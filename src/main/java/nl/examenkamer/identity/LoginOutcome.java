package nl.examenkamer.identity;

import java.time.Instant;
import java.util.Set;

/**
 * The answer to one log-in attempt. Only {@link Status#SUCCESS} carries an identity; a locked
 * account says until when, so the user can be told plainly.
 */
public record LoginOutcome(
        Status status, String username, Set<Role> roles, boolean mustChangePassword, Instant lockedUntil) {

    public enum Status {
        SUCCESS,
        INVALID_CREDENTIALS,
        LOCKED,
        INACTIVE
    }

    static LoginOutcome success(Account account) {
        return new LoginOutcome(
                Status.SUCCESS, account.username(), account.roles(), account.mustChangePassword(), null);
    }

    static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID_CREDENTIALS, null, Set.of(), false, null);
    }

    static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Status.LOCKED, null, Set.of(), false, until);
    }

    static LoginOutcome inactive() {
        return new LoginOutcome(Status.INACTIVE, null, Set.of(), false, null);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }
}
