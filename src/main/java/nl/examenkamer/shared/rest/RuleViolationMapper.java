package nl.examenkamer.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;

/** A broken domain rule: the status of its kind, and its explanation in the caller's language. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(RuleViolation violation) {
        Locale locale = RequestLocale.of(headers);
        int status = violation.kind().status();
        Problem problem = new Problem(
                violation.messageKey(),
                Messages.text(locale, "problem.status." + status),
                status,
                Messages.text(locale, violation.messageKey(), violation.arguments()),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath(),
                List.of());
        return Problems.response(problem);
    }
}
