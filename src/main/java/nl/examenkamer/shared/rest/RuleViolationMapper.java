package nl.examenkamer.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
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
        return Problems.response(Problems.of(
                violation,
                RequestLocale.of(headers),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath()));
    }
}
