package nl.examenkamer.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import nl.examenkamer.shared.Messages;

/** 401, 403, 404, 405 and the other HTTP errors JAX-RS raises, as problem documents. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Locale locale = RequestLocale.of(headers);
        String detail = Messages.text(locale, "problem.detail." + status);
        if (detail.equals("problem.detail." + status)) {
            detail = null;
        }
        Problem problem = Problems.forStatus(
                status,
                locale,
                detail,
                uriInfo == null ? null : uriInfo.getRequestUri().getPath());
        Response.ResponseBuilder response = Response.fromResponse(Problems.response(problem));
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.type(Problem.MEDIA_TYPE).build();
    }
}
