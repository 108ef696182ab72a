package nl.examenkamer.written;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the server still hears from a running attempt. An open exam page asks for the server's
 * clock every 30 seconds and saves every answer at once, so three missed calls mean the page is
 * closed or offline: the proctor should walk over before the candidate loses time.
 */
public final class Contact {

    /** Three of the exam page's 30-second clock calls. */
    public static final Duration LOST_AFTER = Duration.ofSeconds(90);

    private Contact() {}

    /** True for an attempt in progress last seen more than {@link #LOST_AFTER} ago; never for others. */
    public static boolean lost(AttemptStatus status, Instant lastSeen, Instant now) {
        return status == AttemptStatus.IN_PROGRESS
                && lastSeen != null
                && lastSeen.plus(LOST_AFTER).isBefore(now);
    }
}
