package nl.examenkamer.written.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import nl.examenkamer.written.AttemptForm;
import nl.examenkamer.written.AttemptRow;
import nl.examenkamer.written.AttemptService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An attempt in progress, for the exam page that holds its token; its answer saves go through
 * {@link AnswerSaveFilter}. No log-in session is used here (the page calls without cookies): the
 * token, issued when the candidate opened the attempt and stored only as a hash, is the
 * authorisation, and each endpoint checks it. That keeps the page's calls free of session loading
 * and replication on exam day. Application-scoped: it holds no state per request.
 */
@Path("attempts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Written exam")
@SecurityScheme(
        securitySchemeName = "attemptToken",
        type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER,
        apiKeyName = AttemptResource.TOKEN_HEADER,
        description = "The token returned when the attempt was started or opened again")
@SecurityRequirement(name = "attemptToken")
public class AttemptResource {

    public static final String TOKEN_HEADER = "X-Attempt-Token";

    @Inject
    private AttemptService attempts;

    public record Clock(long attemptId, String status, Instant deadline, long remainingSeconds) {}

    public record Submitted(long attemptId, String status) {}

    @GET
    @Path("{id}")
    @Operation(summary = "The form of an open attempt: items, options in the order shown, answers and flags; no keys")
    public AttemptForm form(@PathParam("id") long id, @HeaderParam(TOKEN_HEADER) String token) {
        return attempts.form(id, token).withoutToken();
    }

    @GET
    @Path("{id}/clock")
    @Operation(summary = "The server's time left; also tells the proctor this page is still there")
    public Clock clock(@PathParam("id") long id, @HeaderParam(TOKEN_HEADER) String token) {
        AttemptService.TimeLeft left = attempts.heartbeat(id, token);
        return new Clock(id, left.status().name(), left.deadline(), left.remainingSeconds());
    }

    @POST
    @Path("{id}/submission")
    @Operation(summary = "Hand the attempt in; refused after the deadline (the server has closed it)")
    public Submitted submit(@PathParam("id") long id, @HeaderParam(TOKEN_HEADER) String token) {
        AttemptRow attempt = attempts.submit(id, token);
        return new Submitted(id, attempt.status().name());
    }
}
