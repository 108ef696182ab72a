package nl.examenkamer.shared.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import nl.examenkamer.shared.persistence.LostRace;

/**
 * Everything no other mapper handles. Unreadable JSON is the caller's mistake (400); a change that
 * lost a race with another is a conflict (409); anything else is ours (500): it is logged with an
 * incident number that the answer repeats, and no internals reach the caller.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        return answer(
                exception,
                RequestLocale.of(headers),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath());
    }

    static Response answer(Throwable exception, Locale locale, String path) {
        if (causedBy(exception, JsonbException.class) || causedBy(exception, JsonException.class)) {
            return Problems.response(Problems.malformedJson(locale, rootMessage(exception), path));
        }
        if (LostRace.isCauseOf(exception)) {
            return Problems.response(Problems.concurrentChange(locale, path));
        }
        return Problems.response(Problems.incident(locale, exception, path));
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
