package nl.examenkamer.written.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.written.AnswerSaving;
import nl.examenkamer.written.AttemptForm;
import nl.examenkamer.written.AttemptRow;
import nl.examenkamer.written.AttemptService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An attempt in progress, for the exam page that holds its token. No log-in session is used here
 * (the page calls without cookies): the token, issued when the candidate opened the attempt and
 * stored only as a hash, is the authorisation, and each endpoint checks it. That keeps the save
 * path free of session loading and replication on exam day. Application-scoped: it holds no state
 * per request, and creating it (with its injections) for every save was measurable on that path.
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

    @Inject
    private AnswerSaving saving;

    /** One save: the client's sequence number (higher than any earlier save of this item), the marked options, the flag. */
    public record AnswerSave(Long seq, List<String> answer, Boolean flagged) {}

    public record Clock(long attemptId, String status, Instant deadline, long remainingSeconds) {}

    public record Submitted(long attemptId, String status) {}

    @GET
    @Path("{id}")
    @Operation(summary = "The form of an open attempt: items, options in the order shown, answers and flags; no keys")
    public AttemptForm form(@PathParam("id") long id, @HeaderParam(TOKEN_HEADER) String token) {
        return attempts.form(id, token).withoutToken();
    }

    @PUT
    @Path("{id}/answers/{position}")
    @Operation(
            summary = "Save the answer to one item; a repeated or older sequence number changes nothing"
                    + " (applied=false); refused after the deadline")
    @APIResponse(
            responseCode = "200",
            description = "Stored, or not because the server has this or a later save",
            content = @Content(schema = @Schema(implementation = AnswerSaving.Saved.class)))
    public void save(
            @PathParam("id") long id,
            @PathParam("position") int position,
            @HeaderParam(TOKEN_HEADER) String token,
            AnswerSave request,
            @Suspended AsyncResponse response) {
        if (request == null || request.seq() == null) {
            throw RuleViolation.invalid("attempt.seq.positive");
        }
        // Answered when the save's batch is committed; the request thread is free meanwhile.
        response.setTimeout(30, TimeUnit.SECONDS);
        saving.save(id, position, token, request.seq(), request.answer(), Boolean.TRUE.equals(request.flagged()))
                .whenComplete((saved, failure) -> {
                    if (failure == null) {
                        response.resume(saved);
                    } else {
                        response.resume(unwrapped(failure)); // through the exception mappers: a JSON problem
                    }
                });
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
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
