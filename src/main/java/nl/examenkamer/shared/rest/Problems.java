package nl.examenkamer.shared.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Incident;
import nl.examenkamer.shared.InvalidFields;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.persistence.LostRace;

/** Builds problem documents with titles and details from the message bundle. */
public final class Problems {

    private Problems() {}

    /** The code and title for a plain HTTP status, e.g. 404 → {@code not-found}, "Niet gevonden". */
    public static Problem forStatus(int status, Locale locale, String detail, String instance) {
        return problem(codeFor(status), status, locale, detail, instance);
    }

    /** A broken domain rule: the status of its kind, its explanation in the caller's language. */
    public static Problem of(RuleViolation violation, Locale locale, String instance) {
        Problem problem = problem(
                violation.messageKey(),
                violation.kind().status(),
                locale,
                Messages.text(locale, violation.messageKey(), violation.arguments()),
                instance);
        if (violation instanceof InvalidFields fields) {
            return problem.withErrors(fields.problems().stream()
                    .map(field -> new Problem.FieldError(field.field(), field.text(locale)))
                    .toList());
        }
        return problem;
    }

    /** A body that is not the JSON the endpoint reads: the caller's mistake. */
    public static Problem malformedJson(Locale locale, String reason, String instance) {
        return problem("malformed-json", 400, locale, Messages.text(locale, "problem.malformedJson", reason), instance);
    }

    /**
     * Two requests changed the same thing at once and this one lost ({@link LostRace}): nothing of it
     * was stored, and sending it again after reading the new state is the way out.
     */
    public static Problem concurrentChange(Locale locale, String instance) {
        return problem(
                "concurrent-change", 409, locale, Messages.text(locale, "problem.detail.concurrentChange"), instance);
    }

    /**
     * Our mistake: it is logged under a new incident number, and only that number reaches the
     * caller, never the internals.
     */
    public static Problem incident(Locale locale, Throwable cause, String instance) {
        String incident = Incident.record(cause, instance);
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
