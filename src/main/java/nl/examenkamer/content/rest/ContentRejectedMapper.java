package nl.examenkamer.content.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.content.importing.ContentRejected;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.rest.Problem;
import nl.examenkamer.shared.rest.Problems;
import nl.examenkamer.shared.rest.RequestLocale;

/**
 * Rejected content: 422 with one entry per problem. The field of an entry is
 * {@code file:line field}, so an author can go straight to the spot.
 */
@Provider
public class ContentRejectedMapper implements ExceptionMapper<ContentRejected> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ContentRejected rejected) {
        Locale locale = RequestLocale.of(headers);
        List<Problem.FieldError> errors = rejected.problems().stream()
                .map(p -> new Problem.FieldError(
                        p.file() + (p.line() > 0 ? ":" + p.line() : "") + " " + p.field(), p.text(locale)))
                .toList();
        return Problems.response(new Problem(
                "content-rejected",
                Messages.text(locale, "problem.status.422"),
                422,
                Messages.text(locale, "content.rejected", errors.size()),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath(),
                errors));
    }
}
