package nl.examenkamer.curriculum.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.curriculum.AttendanceRejected;
import nl.examenkamer.curriculum.BatchOrigin;
import nl.examenkamer.curriculum.RowProblem;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.rest.Problem;
import nl.examenkamer.shared.rest.Problems;
import nl.examenkamer.shared.rest.RequestLocale;

/**
 * A rejected attendance batch: 422, nothing stored, one entry per problem. For a JSON array the
 * field is {@code [index].field} ({@code [3].contactHours}); for a CSV file it is
 * {@code line N field} ({@code line 4 contact_hours}).
 */
@Provider
public class AttendanceRejectedMapper implements ExceptionMapper<AttendanceRejected> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(AttendanceRejected rejected) {
        Locale locale = RequestLocale.of(headers);
        List<Problem.FieldError> errors = rejected.problems().stream()
                .map(problem -> new Problem.FieldError(where(rejected.origin(), problem), problem.message(locale)))
                .toList();
        return Problems.response(new Problem(
                "attendance-rejected",
                Messages.text(locale, "problem.status.422"),
                422,
                Messages.text(locale, "attendance.rejected", errors.size()),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath(),
                errors));
    }

    static String where(BatchOrigin origin, RowProblem problem) {
        if (origin == BatchOrigin.API) {
            return problem.field().equals("rows")
                    ? "(body)"
                    : "[" + problem.line() + "]." + AttendanceInput.jsonName(problem.field());
        }
        return (problem.line() > 0 ? "line " + problem.line() + " " : "") + problem.field();
    }
}
