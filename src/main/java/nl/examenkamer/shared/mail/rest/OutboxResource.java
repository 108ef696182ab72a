package nl.examenkamer.shared.mail.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.mail.OutboxMail;
import nl.examenkamer.shared.mail.OutboxService;
import nl.examenkamer.shared.mail.UndeliveredMail;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail that has not reached its addressee, for the exam board. */
@Path("mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
@RolesAllowed(Role.BOARD_NAME)
public class OutboxResource {

    @Inject
    private OutboxService outbox;

    public record Undelivered(Map<OutboxMail.State, Long> counts, List<UndeliveredMail> mails) {}

    @GET
    @Path("undelivered")
    @Operation(
            summary = "Mail not delivered yet: counts per state (WAITING, RETRYING, GIVEN_UP) and at most "
                    + OutboxService.MAX_LISTED + " mails, given up first")
    public Undelivered undelivered() {
        return new Undelivered(outbox.counts(), outbox.undelivered());
    }

    @POST
    @Path("{id}/try-again")
    @Operation(summary = "Have a mail given up on tried again now, and for three days if it fails (audited)")
    public UndeliveredMail tryAgain(@PathParam("id") long id) {
        return outbox.tryAgain(id);
    }
}
