package nl.examenkamer.written;

import java.time.Instant;

/**
 * Where a session stands for the people running it: its status and, while it is scheduled, the
 * clock against its start window. A proctor whose candidates are writing should read "start window
 * open", not "scheduled".
 */
public enum SessionPhase {
    PLANNED,
    START_WINDOW_OPEN,
    /** No one can start any more; attempts run on to their deadlines until the board closes the session. */
    START_WINDOW_PASSED,
    CLOSED,
    PUBLISHED;

    static SessionPhase of(SessionStatus status, Instant windowStart, Instant windowEnd, Instant now) {
        return switch (status) {
            case CLOSED -> CLOSED;
            case PUBLISHED -> PUBLISHED;
            case SCHEDULED -> now.isBefore(windowStart)
                    ? PLANNED
                    : now.isBefore(windowEnd) ? START_WINDOW_OPEN : START_WINDOW_PASSED;
        };
    }
}
