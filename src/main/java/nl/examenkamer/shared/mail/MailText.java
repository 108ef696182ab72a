package nl.examenkamer.shared.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import nl.examenkamer.shared.Messages;

/** How a moment reads in a mail, which goes out in Dutch: "dinsdag 9 maart 2027 om 10:00". */
public final class MailText {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm", Messages.DUTCH);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Messages.DUTCH);

    private MailText() {}

    /** A moment that carries its own zone or needs none. */
    public static String moment(TemporalAccessor local) {
        return MOMENT.format(local);
    }

    public static String moment(Instant instant, ZoneId zone) {
        return MOMENT.withZone(zone).format(instant);
    }

    /** The time of day alone, for a moment later on a day the mail already named. */
    public static String time(Instant instant, ZoneId zone) {
        return TIME.withZone(zone).format(instant);
    }
}
