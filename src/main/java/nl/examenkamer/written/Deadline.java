package nl.examenkamer.written;

import java.time.Duration;
import java.time.Instant;

/** The server's deadline of an attempt: start + duration + accommodation + extra time given on the day. */
public final class Deadline {

    private Deadline() {}

    public static Instant of(Instant startedAt, int durationMinutes, int extraTimePercentage, int extraMinutes) {
        return startedAt.plus(Duration.ofSeconds(seconds(durationMinutes, extraTimePercentage, extraMinutes)));
    }

    /** The whole minutes a candidate with this accommodation has, as a mail or a page tells them. */
    public static int minutes(int durationMinutes, int extraTimePercentage) {
        return (int) (seconds(durationMinutes, extraTimePercentage, 0) / 60);
    }

    private static long seconds(int durationMinutes, int extraTimePercentage, int extraMinutes) {
        if (durationMinutes <= 0 || extraTimePercentage < 0 || extraMinutes < 0) {
            throw new IllegalArgumentException("duration must be positive and extra time not negative");
        }
        return durationMinutes * 60L * (100 + extraTimePercentage) / 100 + extraMinutes * 60L;
    }

    /** Whole seconds left, never negative. */
    public static long remainingSeconds(Instant deadline, Instant now) {
        return Math.max(0, Duration.between(now, deadline).toSeconds());
    }
}
