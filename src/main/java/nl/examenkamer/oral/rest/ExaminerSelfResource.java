package nl.examenkamer.oral.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.Role;
import nl.examenkamer.oral.Availability;
import nl.examenkamer.oral.ExamDayAnswer;
import nl.examenkamer.oral.ExaminerService;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.rest.RequestFields;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What an examiner declares about themselves: availability per day and part of day, and conflicts of interest. */
@Path("me/examiner")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EXAMINER_NAME)
@Tag(name = "Oral exam")
public class ExaminerSelfResource {

    @Inject
    private ExaminerService examiners;

    @Inject
    private Caller caller;

    public record AvailabilityInput(String from, String until, List<Availability> available) {}

    public record ConflictInput(String candidateNumber, String reason) {}

    @PUT
    @Path("availability")
    @Operation(summary = "Declare availability per day and part of day for a period (replaces that period)")
    public ExaminerService.ExaminerView availability(AvailabilityInput input) {
        RequestFields.body(input);
        RequestFields fields = new RequestFields();
        LocalDate from = fields.date("from", input.from());
        LocalDate until = fields.date("until", input.until());
        fields.check();
        return examiners.declareAvailability(
                caller.name(), from, until, Set.copyOf(input.available() == null ? List.of() : input.available()));
    }

    @POST
    @Path("conflicts")
    @Operation(summary = "Declare a conflict of interest with a candidate")
    public ExaminerService.ExaminerView conflict(ConflictInput input) {
        RequestFields.body(input);
        return examiners.declareConflict(caller.name(), input.candidateNumber(), input.reason());
    }

    @GET
    @Path("exam-days")
    @Operation(summary = "The dates from today on with oral exams, each with the parts of the day the caller declared")
    public List<ExamDayAnswer> examDays() {
        return examiners.examDaysAhead(caller.name());
    }

    @GET
    @Operation(summary = "The caller's examiner profile")
    public ExaminerService.ExaminerView profile() {
        return examiners
                .profile(caller.name())
                .orElseThrow(() -> RuleViolation.notFound("examiner.profile.missing", caller.name()));
    }
}
