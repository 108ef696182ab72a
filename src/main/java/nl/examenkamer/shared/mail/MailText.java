package nl.examenkamer.shared.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import nl.examenkamer.shared.Messages;

/**
 * How a moment reads in a mail, in the recipient's language: "dinsdag 9 maart 2027 om 10:00", or
 * "Tuesday 9 March 2027 at 10:00" for a reader who chose English.
 */
public final class MailText {

    private static final DateTimeFormatter DUTCH_MOMENT =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Messages.DUTCH);

    private static final DateTimeFormatter ENGLISH_MOMENT =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Messages.DUTCH);

    private static final DateTimeFormatter ENGLISH_DATE =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Messages.DUTCH);

    private MailText() {}

    /** A moment that carries its own zone or needs none. */
    public static String moment(Locale language, TemporalAccessor local) {
        return formatter(language).format(local);
    }

    public static String moment(Locale language, Instant instant, ZoneId zone) {
        return formatter(language).withZone(zone).format(instant);
    }

    /** A day: "dinsdag 9 maart 2027". */
    public static String date(Locale language, LocalDate date) {
        return (Messages.supported(language).equals(Locale.ENGLISH) ? ENGLISH_DATE : DUTCH_DATE).format(date);
    }

    /** The time of day alone, for a moment later on a day the mail already named. */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.withZone(zone).format(instant);
    }

    private static DateTimeFormatter formatter(Locale language) {
        return Messages.supported(language).equals(Locale.ENGLISH) ? ENGLISH_MOMENT : DUTCH_MOMENT;
    }
}
