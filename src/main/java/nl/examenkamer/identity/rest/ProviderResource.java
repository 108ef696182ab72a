package nl.examenkamer.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.AccountSummary;
import nl.examenkamer.identity.ProviderSummary;
import nl.examenkamer.identity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Training provider organisations. The board sees all; a provider's staff see only their own
 * organisation, and another provider's looks exactly like one that does not exist (404).
 */
@Path("providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training providers")
public class ProviderResource {

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityContext securityContext;

    @Context
    private UriInfo uriInfo;

    public record NewProvider(String code, String name) {}

    @GET
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "All training provider organisations")
    public List<ProviderSummary> list() {
        return accounts.providers();
    }

    @POST
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Register a training provider organisation")
    public Response create(NewProvider request) {
        ProviderSummary created = accounts.createProvider(request.code(), request.name());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Role.BOARD_NAME, Role.PROVIDER_NAME})
    @Operation(summary = "One organisation: the board any, provider staff only their own")
    public ProviderSummary get(@PathParam("code") String code) {
        requireVisible(code);
        return accounts.provider(code).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{code}/staff")
    @RolesAllowed({Role.BOARD_NAME, Role.PROVIDER_NAME})
    @Operation(summary = "The organisation's staff accounts")
    public List<AccountSummary> staff(@PathParam("code") String code) {
        requireVisible(code);
        return accounts.staffOf(code);
    }

    private void requireVisible(String code) {
        if (securityContext.isCallerInRole(Role.BOARD_NAME)) {
            return;
        }
        String own = accounts.find(securityContext.getCallerPrincipal().getName())
                .map(AccountSummary::providerCode)
                .orElse(null);
        if (own == null || !own.equalsIgnoreCase(code)) {
            throw new NotFoundException();
        }
    }
}
