package nl.examenkamer.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A moment as people here read it: date and time of day in the platform's zone ("2027-01-10 09:00"),
 * the same on pages and in refusals. An {@link Instant}'s own text is UTC ("2027-01-10T08:00:00Z"),
 * which told a candidate who came early the wrong hour.
 */
public final class MomentText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MomentText() {}

    public static String of(Instant instant, ZoneId zone) {
        return DATE_TIME.withZone(zone).format(instant);
    }

    public static String of(Instant instant) {
        return of(instant, ClockProducer.ZONE);
    }
}
