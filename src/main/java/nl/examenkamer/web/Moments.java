package nl.examenkamer.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.examenkamer.shared.MomentText;

/**
 * Moments as pages show them, in the platform's time zone, and today's date, all from the one
 * injected {@link Clock}. Application-scoped, so conversational beans can hold it and still serialise.
 */
@Named
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private Clock clock;

    public String dateTime(Instant instant) {
        return instant == null ? "" : MomentText.of(instant, clock.getZone());
    }

    /**
     * The moment as a time of day when it falls on the day the page is about (an exam day), else with
     * its date: a proctor's table reads "14:05", not the same date in every row.
     */
    public String timeOn(LocalDate day, Instant instant) {
        return timeOn(day, instant, clock.getZone());
    }

    static String timeOn(LocalDate day, Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return instant.atZone(zone).toLocalDate().equals(day)
                ? TIME.withZone(zone).format(instant)
                : MomentText.of(instant, zone);
    }

    /** The moment's date in the platform's zone ("2026-12-05"). */
    public String day(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(clock.getZone()).toLocalDate().toString();
    }

    /** The moment's time of day in the platform's zone ("09:00"). */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.withZone(clock.getZone()).format(instant);
    }

    /** With seconds, for the audit log, where the order of events within a minute matters. */
    public String dateTimeSeconds(Instant instant) {
        return instant == null
                ? ""
                : DATE_TIME_SECONDS.withZone(clock.getZone()).format(instant);
    }

    /** The platform's time zone, in which people here read every moment. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
