package nl.examenkamer.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.examenkamer.shared.ClockProducer;

/** Formats the moment a lock ends, in Dutch time, the way the reader writes times. */
public final class LoginMessages {

    private LoginMessages() {}

    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ClockProducer.ZONE)
                .format(instant);
    }
}
