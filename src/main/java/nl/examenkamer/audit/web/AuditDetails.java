package nl.examenkamer.audit.web;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry's details as the board reads them. The details are stored as recorded, with their
 * moments in UTC ("deadline=2026-12-07T08:45:00Z"), which services read back and the API gives as
 * they are; on the page a deadline an hour off from the clock on the wall would mislead whoever
 * answers a complaint, so each moment is shown in the platform's time, to the second.
 */
final class AuditDetails {

    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditDetails() {}

    static String readable(String details, ZoneId zone) {
        if (details == null) {
            return "";
        }
        Matcher moment = INSTANT.matcher(details);
        StringBuilder shown = new StringBuilder();
        while (moment.find()) {
            moment.appendReplacement(shown, Matcher.quoteReplacement(local(moment.group(), zone)));
        }
        return moment.appendTail(shown).toString();
    }

    private static String local(String instant, ZoneId zone) {
        try {
            return SHOWN.withZone(zone).format(OffsetDateTime.parse(instant));
        } catch (DateTimeException notAMoment) {
            return instant; // such as a 25th hour: shown as it was recorded
        }
    }
}
