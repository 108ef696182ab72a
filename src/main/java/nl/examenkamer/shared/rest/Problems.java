package nl.examenkamer.shared.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;

/** Builds problem documents with titles and details from the message bundle. */
public final class Problems {

    private Problems() {}

    /** The code and title for a plain HTTP status, e.g. 404 → {@code not-found}, "Niet gevonden". */
    public static Problem forStatus(int status, Locale locale, String detail, String instance) {
        return new Problem(
                codeFor(status),
                Messages.text(locale, "problem.status." + status),
                status,
                detail,
                instance,
                List.of());
    }

    /** A broken domain rule: the status of its kind, its explanation in the caller's language. */
    public static Problem of(RuleViolation violation, Locale locale, String instance) {
        int status = violation.kind().status();
        return new Problem(
                violation.messageKey(),
                Messages.text(locale, "problem.status." + status),
                status,
                Messages.text(locale, violation.messageKey(), violation.arguments()),
                instance,
                List.of());
    }

    /** A body that is not the JSON the endpoint reads: the caller's mistake. */
    public static Problem malformedJson(Locale locale, String reason, String instance) {
        return new Problem(
                "malformed-json",
                Messages.text(locale, "problem.status.400"),
                400,
                Messages.text(locale, "problem.malformedJson", reason),
                instance,
                List.of());
    }

    /** Our mistake: only the incident number, which the log repeats, reaches the caller. */
    public static Problem incident(Locale locale, String incident, String instance) {
        return new Problem(
                "server-error",
                Messages.text(locale, "problem.status.500"),
                500,
                Messages.text(locale, "problem.detail.500", incident),
                instance,
                List.of());
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
