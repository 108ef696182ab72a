package nl.examenkamer.oral.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.oral.OralRulesBroken;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.rest.Problem;
import nl.examenkamer.shared.rest.Problems;
import nl.examenkamer.shared.rest.RequestLocale;

/** A refused plan or form: 422 with one entry per broken rule, each with its reason. */
@Provider
public class OralRulesBrokenMapper implements ExceptionMapper<OralRulesBroken> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(OralRulesBroken broken) {
        Locale locale = RequestLocale.of(headers);
        List<Problem.FieldError> errors = broken.breaches().stream()
                .map(breach -> new Problem.FieldError(breach.rule(), OralRulesBroken.text(breach, locale)))
                .toList();
        return Problems.response(new Problem(
                broken.summaryKey(),
                Messages.text(locale, "problem.status.422"),
                422,
                broken.text(locale),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath(),
                errors));
    }
}
