package nl.examenkamer.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.AccountSummary;
import nl.examenkamer.identity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own account. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@RolesAllowed({Role.CANDIDATE_NAME, Role.EXAMINER_NAME, Role.PROVIDER_NAME, Role.BOARD_NAME})
public class MeResource {

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityContext securityContext;

    public record PasswordChange(String currentPassword, String newPassword) {}

    @GET
    @Operation(summary = "The account of the caller")
    public AccountSummary me() {
        return accounts.find(caller()).orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change the caller's own password")
    public Response changePassword(PasswordChange change) {
        accounts.changeOwnPassword(caller(), change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }

    private String caller() {
        return securityContext.getCallerPrincipal().getName();
    }
}
