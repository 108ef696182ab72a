package nl.examenkamer.oral.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.examenkamer.identity.Role;
import nl.examenkamer.oral.ExaminerService;
import nl.examenkamer.oral.OralPlanningService;
import nl.examenkamer.oral.OralProposals;
import nl.examenkamer.oral.ProposalHours;
import nl.examenkamer.shared.rest.RequestFields;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The board's side of oral exam planning: examiner profiles, exam days with rooms, eligibility by
 * hand, and the scheduler's proposal for an exam day.
 */
@Path("oral-planning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.BOARD_NAME)
@Tag(name = "Oral exam")
public class OralPlanningResource {

    @Inject
    private OralPlanningService planning;

    @Inject
    private ExaminerService examiners;

    @Inject
    private OralProposals proposals;

    public record Profile(Set<String> titles, Set<String> providerCodes) {}

    public record NewDay(String date, String location, List<OralPlanningService.RoomInput> rooms) {}

    public record Eligibility(String candidateNumber, String title, String reason) {}

    /**
     * candidateNumbers empty or left out: everyone waiting for the title's oral exam; from and until are
     * times of day (17:00), left out the working day's 09:00 and 17:00.
     */
    public record ProposalRequest(Long dayId, String title, List<String> candidateNumbers, String from, String until) {}

    @PUT
    @Path("examiners/{username}")
    @Operation(summary = "An examiner's profile: the titles they may examine and the providers they are linked to")
    public ExaminerService.ExaminerView profile(@PathParam("username") String username, Profile profile) {
        RequestFields.body(profile);
        return examiners.saveProfile(username, profile.titles(), profile.providerCodes());
    }

    @GET
    @Path("examiners")
    @Operation(summary = "Every examiner's profile")
    public List<ExaminerService.ExaminerView> examiners() {
        return examiners.all();
    }

    @POST
    @Path("days")
    @Operation(summary = "An exam day at a location, with its rooms (a room may carry a video link)")
    public Response day(NewDay day) {
        RequestFields.body(day);
        RequestFields fields = new RequestFields();
        LocalDate date = fields.date("date", day.date());
        fields.check();
        return Response.status(201)
                .entity(planning.createDay(date, day.location(), day.rooms()))
                .build();
    }

    @GET
    @Path("days")
    @Operation(summary = "Exam days from a date on")
    public List<OralPlanningService.DayView> days(@QueryParam("from") String from) {
        RequestFields fields = new RequestFields();
        LocalDate first = fields.date("from", from);
        fields.check();
        return planning.days(first);
    }

    @POST
    @Path("days/{id}/availability-requests")
    @Operation(
            summary = "Mail every examiner who has not given the day's date, asking on which parts of it they can"
                    + " examine; asked again, only those still silent")
    public OralPlanningService.ExaminersAsked askExaminers(@PathParam("id") long dayId) {
        return planning.askExaminers(dayId);
    }

    @POST
    @Path("proposals")
    @Operation(
            summary = "Propose an exam day: a room, a time (from and until, by default 09:00–17:00) and two examiners"
                    + " for each candidate waiting for the title's oral exam, within every planning rule. Stores"
                    + " nothing; candidates the day has no place for are listed as unplaced")
    public OralProposals.ProposalView propose(ProposalRequest request) {
        RequestFields.body(request);
        RequestFields fields = new RequestFields();
        Long dayId = fields.required("dayId", request.dayId());
        LocalTime from = fields.optionalTime("from", request.from());
        LocalTime until = fields.optionalTime("until", request.until());
        fields.check();
        return proposals.propose(dayId, request.title(), request.candidateNumbers(), ProposalHours.of(from, until));
    }

    @POST
    @Path("proposals/adoption")
    @Operation(
            summary = "Plan a proposal (as returned, items may be left out): every exam through the planner with its"
                    + " invitations, or none when one is refused")
    public Response adopt(OralProposals.ProposalView proposal) {
        RequestFields.body(proposal);
        return Response.status(201).entity(proposals.adopt(proposal)).build();
    }

    @POST
    @Path("eligibility")
    @Operation(summary = "Mark a candidate eligible for the oral exam of a title by hand, with the reason")
    public Response eligible(Eligibility eligibility) {
        RequestFields.body(eligibility);
        planning.markEligible(eligibility.candidateNumber(), eligibility.title(), eligibility.reason());
        return Response.noContent().build();
    }
}
