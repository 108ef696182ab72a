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
import nl.examenkamer.identity.ApiKeyService;
import nl.examenkamer.identity.Caller;
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

    @Inject
    private Caller caller;

    @Inject
    private ApiKeyService apiKeys;

    @Context
    private UriInfo uriInfo;

    public record NewProvider(String code, String name) {}

    public record NewApiKey(String label) {}

    public record Revocation(String reason) {}

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

    @GET
    @Path("{code}/api-keys")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "The organisation's API keys (never the secret)")
    public List<ApiKeyService.KeyView> apiKeys(@PathParam("code") String code) {
        accounts.provider(code).orElseThrow(NotFoundException::new);
        return apiKeys.keysOf(code);
    }

    @POST
    @Path("{code}/api-keys")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Issue an API key; the response is the only time the key is shown (it is stored hashed)")
    public Response issueApiKey(@PathParam("code") String code, NewApiKey request) {
        ApiKeyService.IssuedKey issued = apiKeys.issue(code, request == null ? null : request.label());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(issued.prefix()).build())
                .entity(issued)
                .build();
    }

    @POST
    @Path("{code}/api-keys/{prefix}/revocation")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Revoke an API key, with a reason; it is refused from then on")
    public Response revokeApiKey(
            @PathParam("code") String code, @PathParam("prefix") String prefix, Revocation request) {
        apiKeys.revoke(code, prefix, request == null ? null : request.reason());
        return Response.noContent().build();
    }

    private void requireVisible(String code) {
        if (securityContext.isCallerInRole(Role.BOARD_NAME)) {
            return;
        }
        String own = caller.providerCode().orElse(null);
        if (own == null || !own.equalsIgnoreCase(code)) {
            throw new NotFoundException();
        }
    }
}
