package nl.examenkamer.oral.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.Role;
import nl.examenkamer.oral.FormViews;
import nl.examenkamer.oral.MyOralExams;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.ResultPdf;
import nl.examenkamer.shared.rest.RequestLocale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A candidate's own oral exams: the planned ones, and the released results with rating and
 * feedback per competence, also as a PDF.
 */
@Path("me/oral")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CANDIDATE_NAME)
@Tag(name = "Oral exam")
public class MyOralExamsResource {

    @Inject
    private MyOralExams mine;

    @Inject
    private Caller caller;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("exams")
    @Operation(summary = "The caller's planned oral exams")
    public List<OralExamView> planned() {
        return mine.planned(caller.name());
    }

    @GET
    @Path("results")
    @Operation(summary = "The caller's released oral exam results, with rating and feedback per competence")
    public List<FormViews.ResultView> results() {
        return mine.results(caller.name());
    }

    @GET
    @Path("results/{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "One released result as a PDF")
    public Response pdf(@PathParam("id") long id) {
        FormViews.ResultView result = mine.result(caller.name(), id);
        return Response.ok(ResultPdf.render(result, RequestLocale.of(headers)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"uitslag-mondeling-" + id + ".pdf\"")
                .build();
    }
}
