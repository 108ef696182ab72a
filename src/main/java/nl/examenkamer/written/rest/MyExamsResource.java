package nl.examenkamer.written.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.Role;
import nl.examenkamer.written.ExamResult;
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
    private Caller caller;

    @GET
    @Operation(summary = "Sessions the caller is enrolled in, with the result per theme once published")
    public List<ExamResult> mine() {
        return results.mine(caller.name());
    }
}
