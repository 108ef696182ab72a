package nl.examenkamer.shared.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;

/** Builds problem documents with titles and details from the message bundle. */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    /** SQL's state for a unique key refusing a row, in H2 as in PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private Problems() {}

    /** The code and title for a plain HTTP status, e.g. 404 → {@code not-found}, "Niet gevonden". */
    public static Problem forStatus(int status, Locale locale, String detail, String instance) {
        return problem(codeFor(status), status, locale, detail, instance);
    }

    /** A broken domain rule: the status of its kind, its explanation in the caller's language. */
    public static Problem of(RuleViolation violation, Locale locale, String instance) {
        return problem(
                violation.messageKey(),
                violation.kind().status(),
                locale,
                Messages.text(locale, violation.messageKey(), violation.arguments()),
                instance);
    }

    /** A body that is not the JSON the endpoint reads: the caller's mistake. */
    public static Problem malformedJson(Locale locale, String reason, String instance) {
        return problem("malformed-json", 400, locale, Messages.text(locale, "problem.malformedJson", reason), instance);
    }

    /**
     * Two requests changed the same thing at once and this one lost (an optimistic lock): nothing of
     * it was stored, and sending it again after reading the new state is the way out.
     */
    public static Problem concurrentChange(Locale locale, String instance) {
        return problem(
                "concurrent-change", 409, locale, Messages.text(locale, "problem.detail.concurrentChange"), instance);
    }

    /**
     * Whether a failure is a lost race for the same row (the whole transaction was rolled back): a
     * row changed since it was read, or a row inserted twice at once. The services refuse a
     * duplicate themselves ("the code is already in use"), so a unique key that refuses one at the
     * commit was beaten to it by a request running at the same moment.
     */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Our mistake: it is logged under a new incident number, and only that number reaches the
     * caller, never the internals.
     */
    public static Problem incident(Locale locale, Throwable cause, String instance) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident + " on " + instance, cause);
        return problem("server-error", 500, locale, Messages.text(locale, "problem.detail.500", incident), instance);
    }

    private static Problem problem(String code, int status, Locale locale, String detail, String instance) {
        return new Problem(
                code, Messages.text(locale, "problem.status." + status), status, detail, instance, List.of());
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.toJson())
                .build();
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 415 -> "unsupported-media-type";
            case 422 -> "unprocessable";
            case 429 -> "too-many-requests";
            default -> status >= 500 ? "server-error" : "http-" + status;
        };
    }
}
