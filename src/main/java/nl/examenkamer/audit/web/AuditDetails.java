package nl.examenkamer.audit.web;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An audit entry's details as the board reads them. The details are stored as recorded, with their
 * moments in UTC ("deadline=2026-12-07T08:45:00Z"), which services read back and the API gives as
 * they are; on the page a deadline an hour off from the clock on the wall would mislead whoever
 * answers a complaint, so each moment is shown in the platform's time, to the second. The recorded
 * names ("extraTime=") are shown in the reader's language ("Extra tijd: "), separated by a dot; a
 * name this release does not know, such as one an older release wrote, is shown as recorded.
 */
final class AuditDetails {

    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static final String LABEL = "audit.detail.";

    /** The names services record, each with its label's key; some are more than one word. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("account", "account"),
            Map.entry("asked", "asked"),
            Map.entry("attempts", "attempts"),
            Map.entry("attempts rescored", "attemptsRescored"),
            Map.entry("blueprint", "blueprint"),
            Map.entry("candidate", "candidate"),
            Map.entry("chair", "chair"),
            Map.entry("chance", "chance"),
            Map.entry("contact", "contact"),
            Map.entry("cut", "cut"),
            Map.entry("deadline", "deadline"),
            Map.entry("deciding", "deciding"),
            Map.entry("examiner", "examiner"),
            Map.entry("extraTime", "extraTime"),
            Map.entry("from", "from"),
            Map.entry("inzage until", "inzageUntil"),
            Map.entry("item", "item"),
            Map.entry("judged", "judged"),
            Map.entry("mailed", "mailed"),
            Map.entry("method", "method"),
            Map.entry("minutes", "minutes"),
            Map.entry("mode", "mode"),
            Map.entry("open attempts ended", "openAttemptsEnded"),
            Map.entry("passed", "passed"),
            Map.entry("pool", "pool"),
            Map.entry("provider", "provider"),
            Map.entry("providers", "providers"),
            Map.entry("reference (95th percentile)", "reference"),
            Map.entry("roles", "roles"),
            Map.entry("room", "room"),
            Map.entry("rooms", "rooms"),
            Map.entry("score", "score"),
            Map.entry("second", "second"),
            Map.entry("seed", "seed"),
            Map.entry("sequence", "sequence"),
            Map.entry("session", "session"),
            Map.entry("start", "start"),
            Map.entry("studyLoad", "studyLoad"),
            Map.entry("title", "title"),
            Map.entry("titles", "titles"),
            Map.entry("to", "to"),
            Map.entry("until", "until"),
            Map.entry("version", "version"),
            Map.entry("window", "window"));

    // a name starts the details or follows a space; the longest first, so "attempts rescored" is one name
    private static final Pattern NAME = Pattern.compile("(^|\\s)("
            + NAMES.keySet().stream()
                    .sorted(Comparator.comparing(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
            + ")=(?:(true|false)(?=\\s|$))?");

    private AuditDetails() {}

    static String readable(String details, ZoneId zone, ResourceBundle labels) {
        if (details == null) {
            return "";
        }
        return named(local(details, zone), labels);
    }

    private static String local(String details, ZoneId zone) {
        Matcher moment = INSTANT.matcher(details);
        StringBuilder shown = new StringBuilder();
        while (moment.find()) {
            moment.appendReplacement(shown, Matcher.quoteReplacement(moment(moment.group(), zone)));
        }
        return moment.appendTail(shown).toString();
    }

    private static String named(String details, ResourceBundle labels) {
        Matcher name = NAME.matcher(details);
        StringBuilder shown = new StringBuilder();
        while (name.find()) {
            String label = LABEL + NAMES.get(name.group(2));
            if (!labels.containsKey(label)) {
                name.appendReplacement(shown, Matcher.quoteReplacement(name.group()));
                continue;
            }
            String separator = name.group(1).isEmpty() ? "" : " · ";
            String yesOrNo = name.group(3) == null ? "" : labels.getString(LABEL + name.group(3));
            name.appendReplacement(
                    shown, Matcher.quoteReplacement(separator + labels.getString(label) + ": " + yesOrNo));
        }
        return name.appendTail(shown).toString();
    }

    private static String moment(String instant, ZoneId zone) {
        try {
            return SHOWN.withZone(zone).format(OffsetDateTime.parse(instant));
        } catch (DateTimeException notAMoment) {
            return instant; // such as a 25th hour: shown as it was recorded
        }
    }
}
