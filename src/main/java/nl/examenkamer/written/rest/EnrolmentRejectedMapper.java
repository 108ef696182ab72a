package nl.examenkamer.written.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.rest.Problem;
import nl.examenkamer.shared.rest.Problems;
import nl.examenkamer.shared.rest.RequestLocale;
import nl.examenkamer.written.EnrolmentRejected;

/** A rejected enrolment list: 422, nobody enrolled, one entry per problem ("line 3 candidate_number"). */
@Provider
public class EnrolmentRejectedMapper implements ExceptionMapper<EnrolmentRejected> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(EnrolmentRejected rejected) {
        Locale locale = RequestLocale.of(headers);
        List<Problem.FieldError> errors = rejected.problems().stream()
                .map(problem -> new Problem.FieldError(problem.where(), problem.message(locale)))
                .toList();
        return Problems.response(new Problem(
                "enrolment-rejected",
                Messages.text(locale, "problem.status.422"),
                422,
                Messages.text(locale, "enrolment.rejected", errors.size()),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath(),
                errors));
    }
}
