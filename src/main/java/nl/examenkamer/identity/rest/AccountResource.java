package nl.examenkamer.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.AccountSummary;
import nl.examenkamer.identity.IssuedPassword;
import nl.examenkamer.identity.NewAccount;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Account administration for the exam board. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@RolesAllowed(Role.BOARD_NAME)
public class AccountResource {

    @Inject
    private AccountService accounts;

    @Context
    private UriInfo uriInfo;

    public record AccountPage(long total, List<AccountSummary> accounts) {}

    /** Transport form of a new account; the service validates it as a {@link NewAccount}. */
    public record AccountRequest(
            String username, String displayName, String email, Set<Role> roles, String providerCode) {

        NewAccount toNewAccount() {
            return new NewAccount(username, displayName, email, roles == null ? Set.of() : roles, providerCode);
        }
    }

    public record RolesChange(Set<Role> roles, String providerCode, String reason) {}

    public record Reason(String reason) {}

    @GET
    @Operation(summary = "Find accounts by (part of) user name or display name and by role")
    public AccountPage list(
            @QueryParam("search") String search,
            @QueryParam("role") Role role,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        Paging page = Paging.of(first, size, 500);
        return new AccountPage(accounts.count(search, role), accounts.list(search, role, page.first(), page.size()));
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account")
    public AccountSummary get(@PathParam("username") String username) {
        return accounts.find(username).orElseThrow(NotFoundException::new);
    }

    @POST
    @Operation(summary = "Create an account; the answer holds its temporary password, shown only this once")
    public Response create(AccountRequest request) {
        if (request == null) {
            throw RuleViolation.badRequest("account.bodyRequired");
        }
        IssuedPassword issued = accounts.create(request.toNewAccount());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(issued.username()).build())
                .entity(issued)
                .build();
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(summary = "Give the account a new temporary password; lifts a log-in lock")
    public IssuedPassword resetPassword(@PathParam("username") String username, Reason reason) {
        return accounts.resetPassword(username, reason == null ? null : reason.reason());
    }

    @PUT
    @Path("{username}/roles")
    @Operation(summary = "Replace the account's roles (and provider organisation)")
    public AccountSummary changeRoles(@PathParam("username") String username, RolesChange change) {
        accounts.changeRoles(
                username, change.roles() == null ? Set.of() : change.roles(), change.providerCode(), change.reason());
        return get(username);
    }

    @POST
    @Path("{username}/deactivation")
    @Operation(summary = "Deactivate the account: it can no longer log in")
    public AccountSummary deactivate(@PathParam("username") String username, Reason reason) {
        accounts.deactivate(username, reason == null ? null : reason.reason());
        return get(username);
    }

    @POST
    @Path("{username}/activation")
    @Operation(summary = "Reactivate a deactivated account")
    public AccountSummary activate(@PathParam("username") String username, Reason reason) {
        accounts.activate(username, reason == null ? null : reason.reason());
        return get(username);
    }
}
