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
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.Role;
import nl.examenkamer.written.ExamResult;
import nl.examenkamer.written.InzageService;
import nl.examenkamer.written.InzageViews;
import nl.examenkamer.written.ResultService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's written exams; scores only after the board published them. */
@Path("me/written-exams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CANDIDATE_NAME)
@Tag(name = "Written exam")
public class MyExamsResource {

    @Inject
    private ResultService results;

    @Inject
    private InzageService inzage;

    @Inject
    private Caller caller;

    @GET
    @Operation(summary = "Sessions the caller is enrolled in, with the result per theme once published")
    public List<ExamResult> mine() {
        return results.mine(caller.name());
    }

    @GET
    @Path("{code}/inzage")
    @Operation(
            summary = "The caller's inspection (inzage) of a published session: whether they may ask for it and until"
                    + " when, or where their request stands (requested, planned, open, ended)")
    public InzageViews.Mine myInzage(@PathParam("code") String code) {
        return inzage.mine(caller.name(), code);
    }

    /** Asking for an inspection, with an optional note for the board (what the candidate wants to see). */
    public record InzageRequest(String note) {}

    @POST
    @Path("{code}/inzage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Ask for an inspection of the caller's exam, until the request deadline the session was published with (six weeks by default); once per exam")
    public Response requestInzage(@PathParam("code") String code, InzageRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(inzage.request(caller.name(), code, request == null ? null : request.note()))
                .build();
    }

    @GET
    @Path("{code}/inzage/exam")
    @Operation(
            summary = "The caller's own exam inside their inspection window: per item their answer, the key, whether"
                    + " it scored, the rationale and the legal sources")
    public InzageViews.Sheet readInzage(@PathParam("code") String code) {
        return inzage.read(caller.name(), code);
    }
}
