package nl.examenkamer.written.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.examenkamer.identity.Role;
import nl.examenkamer.written.SessionIncident;
import nl.examenkamer.written.SessionIncidents;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A session's incident report: what happened during it that may bear on its results. */
@Path("exam-sessions/{code}/incidents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Written exam")
@RolesAllowed(Role.BOARD_NAME)
public class SessionIncidentResource {

    @Inject
    private SessionIncidents incidents;

    public record NewIncident(String candidateNumber, String note) {}

    @GET
    @Operation(summary = "The session's incidents in the order they were noted, each with when and by whom")
    public List<SessionIncident> report(@PathParam("code") String code) {
        return incidents.of(code);
    }

    @POST
    @Operation(
            summary = "Note an incident about the whole session, or about one enrolled candidate (audited; a noted"
                    + " incident is never changed, a correction is a new one); answers with the report")
    public Response note(@PathParam("code") String code, NewIncident request) {
        NewIncident body = request == null ? new NewIncident(null, null) : request;
        incidents.note(code, body.candidateNumber(), body.note());
        return Response.status(Response.Status.CREATED)
                .entity(incidents.of(code))
                .build();
    }
}
