package nl.examenkamer.shared.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.Violations;

/** Bean Validation failures (from a resource or a service it calls): 400 with one entry per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = RequestLocale.of(headers);
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> Violations.field(v)))
                .map(v -> new Problem.FieldError(Violations.field(v), Violations.message(v, locale)))
                .toList();
        Problem problem = new Problem(
                "validation",
                Messages.text(locale, "problem.validation.title"),
                400,
                errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : Messages.text(locale, "problem.validation.detail", errors.size()),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath(),
                errors);
        return Problems.response(problem);
    }
}
