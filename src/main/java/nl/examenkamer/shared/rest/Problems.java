package nl.examenkamer.shared.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;

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
