package nl.examenkamer.shared;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A failure that is our mistake, logged under a new number. Only the number reaches the person or
 * client that met it, never the internals; with it, whoever reports the failure leads support to
 * the one log entry that explains it.
 */
public final class Incident {

    private static final Logger LOG = Logger.getLogger(Incident.class.getName());
    private static final Pattern NUMBER =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Incident() {}

    /** Logs the failure with where it happened and returns its incident number. */
    public static String record(Throwable cause, String where) {
        String number = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + number + " on " + where, cause);
        return number;
    }

    /** Whether a text, say from a link, is an incident number: anything else is never shown. */
    public static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }
}
