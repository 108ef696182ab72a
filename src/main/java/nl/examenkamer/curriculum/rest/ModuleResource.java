package nl.examenkamer.curriculum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.curriculum.ModuleView;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.rest.IfMatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A training provider's own modules: each on exactly one curriculum theme. */
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PROVIDER_NAME)
@Tag(name = "Attendance")
public class ModuleResource {

    @Inject
    private CurriculumService curriculum;

    @Inject
    private Caller caller;

    @Context
    private UriInfo uriInfo;

    /** A module; hours with a decimal point ("7.5"), outcomes by their codes in exam-content. */
    public record ModuleInput(
            String code,
            String title,
            String theme,
            String contactHours,
            String studyLoadHours,
            Set<String> outcomes) {}

    @GET
    @Operation(summary = "The provider's modules")
    public List<ModuleView> list() {
        return curriculum.modulesOf(caller.requireProviderCode());
    }

    @POST
    @Operation(summary = "Add a module")
    public Response create(ModuleInput input) {
        ModuleInput body = input == null ? new ModuleInput(null, null, null, null, null, null) : input;
        ModuleView created = curriculum.createModule(
                caller.requireProviderCode(),
                body.code(),
                body.title(),
                body.theme(),
                body.contactHours(),
                body.studyLoadHours(),
                body.outcomes());
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .tag(IfMatch.of(created.version()))
                .build();
    }

    @PUT
    @Path("{code}")
    @Operation(
            summary = "Revise a module's title, hours and outcomes (its code and theme stay). With If-Match set to"
                    + " the module's ETag (its version, as in the list), a module changed since is not"
                    + " overwritten: 412 with what is stored now")
    public Response revise(
            @PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ModuleInput input) {
        ModuleInput body = input == null ? new ModuleInput(null, null, null, null, null, null) : input;
        ModuleView revised = curriculum.reviseModule(
                caller.requireProviderCode(),
                code,
                IfMatch.version(ifMatch),
                body.title(),
                body.contactHours(),
                body.studyLoadHours(),
                body.outcomes());
        return Response.ok(revised).tag(IfMatch.of(revised.version())).build();
    }
}
