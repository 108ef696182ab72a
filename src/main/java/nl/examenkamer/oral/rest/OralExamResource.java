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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.Role;
import nl.examenkamer.oral.Breach;
import nl.examenkamer.oral.FormViews;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralPlanningService;
import nl.examenkamer.oral.OralRulesBroken;
import nl.examenkamer.oral.OralScoringService;
import nl.examenkamer.oral.PlanConcerns;
import nl.examenkamer.oral.Rating;
import nl.examenkamer.oral.ReliabilityService;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.rest.RequestFields;
import nl.examenkamer.shared.rest.RequestLocale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Oral exams: the board plans, reschedules, cancels, corrects and releases them; the two examiners
 * of an exam fill in their own forms, then agree, finalise and sign. An examiner reaches only the
 * exams they are assigned to.
 */
@Path("oral-exams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Oral exam")
public class OralExamResource {

    @Inject
    private OralPlanningService planning;

    @Inject
    private OralScoringService scoring;

    @Inject
    private ReliabilityService reliability;

    @Inject
    private Caller caller;

    @Inject
    private PlanConcerns concerns;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    /** start is Dutch local time (2026-12-08T09:00); the slot's length comes from the scheme. */
    public record NewExam(
            String candidateNumber, String title, Long roomId, String start, String chair, String second) {}

    public record Change(Long roomId, String start, String chair, String second, String reason) {}

    public record Cancellation(String reason) {}

    public record RatingInput(Integer level, String reason, String notes) {}

    public record CorrectionInput(String competence, Integer level, String reason, String notes) {}

    public record Correction(String reason, List<CorrectionInput> ratings) {}

    @POST
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Plan an oral exam; refused with every broken rule and its reason; invites all three")
    public Response plan(NewExam request) {
        RequestFields.body(request);
        RequestFields fields = new RequestFields();
        Long roomId = fields.required("roomId", request.roomId());
        LocalDateTime start = fields.localDateTime("start", request.start());
        fields.check();
        OralExamView planned = planning.plan(
                request.candidateNumber(),
                request.title(),
                new OralPlanningService.Placement(roomId, start, request.chair(), request.second()));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(planned.id()))
                        .build())
                .entity(planned)
                .build();
    }

    @GET
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Oral exams between two dates (inclusive)")
    public List<OralExamView> list(@QueryParam("from") String from, @QueryParam("until") String until) {
        RequestFields fields = new RequestFields();
        LocalDate first = fields.date("from", from);
        LocalDate last = fields.date("until", until);
        fields.check();
        return planning.between(first, last);
    }

    @GET
    @Path("assigned")
    @RolesAllowed(Role.EXAMINER_NAME)
    @Operation(summary = "The oral exams the calling examiner is assigned to")
    public List<OralExamView> assigned() {
        return scoring.assignedTo(caller.name());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.BOARD_NAME, Role.EXAMINER_NAME})
    @Operation(summary = "One oral exam")
    public OralExamView get(@PathParam("id") long id) {
        OralExamView exam = planning.view(id);
        if (!caller.isBoard()
                && !caller.name().equals(exam.chair())
                && !caller.name().equals(exam.second())) {
            throw RuleViolation.forbidden("oral.exam.notAssigned", String.valueOf(id));
        }
        return exam;
    }

    @PUT
    @Path("{id}/placement")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Reschedule: another slot, room or examiners, with a reason; everyone's event is updated")
    public OralExamView reschedule(@PathParam("id") long id, Change change) {
        RequestFields.body(change);
        RequestFields fields = new RequestFields();
        Long roomId = fields.required("roomId", change.roomId());
        LocalDateTime start = fields.localDateTime("start", change.start());
        fields.check();
        return planning.reschedule(
                id, new OralPlanningService.Placement(roomId, start, change.chair(), change.second()), change.reason());
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Cancel, with a reason; everyone's event is cancelled")
    public OralExamView cancel(@PathParam("id") long id, Cancellation cancellation) {
        return planning.cancel(id, RequestFields.body(cancellation).reason());
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Planning, rescheduling and cancelling, as it happened")
    public List<OralPlanningService.ChangeView> history(@PathParam("id") long id) {
        return planning.history(id);
    }

    /** A rule a planned exam has come to break, with its reason in the caller's language. */
    public record Concern(String rule, String text) {}

    public record ToPlanAgain(OralExamView exam, List<Concern> concerns) {}

    @GET
    @Path("to-plan-again")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "Planned exams that break a rule since they were planned, soonest first, with the rules:"
                    + " those still to come, and those held whose result cannot be released")
    public List<ToPlanAgain> toPlanAgain() {
        Locale locale = RequestLocale.of(headers);
        return concerns.toPlanAgain().stream()
                .map(concerned -> new ToPlanAgain(concerned.exam(), texts(concerned.breaches(), locale)))
                .toList();
    }

    @GET
    @Path("{id}/concerns")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "The rules a planned exam has come to break since it was planned (an examiner's conflict,"
                    + " withdrawn day, lost title or provider link); empty when it is in order")
    public List<Concern> concerns(@PathParam("id") long id) {
        return texts(concerns.of(id), RequestLocale.of(headers));
    }

    private static List<Concern> texts(List<Breach> breaches, Locale locale) {
        return breaches.stream()
                .map(breach -> new Concern(breach.rule(), OralRulesBroken.text(breach, locale)))
                .toList();
    }

    @GET
    @Path("{id}/sheets/mine")
    @RolesAllowed(Role.EXAMINER_NAME)
    @Operation(summary = "The caller's own form (a draft until submitted)")
    public FormViews.SheetView mySheet(@PathParam("id") long id) {
        return scoring.sheet(id, caller.name());
    }

    @PUT
    @Path("{id}/sheets/mine/ratings/{competence}")
    @RolesAllowed(Role.EXAMINER_NAME)
    @Operation(summary = "Save one competence of the caller's draft form; answers with the stored rating")
    public FormViews.RatingView rate(
            @PathParam("id") long id, @PathParam("competence") String competence, RatingInput input) {
        RequestFields.body(input);
        return scoring.rate(id, caller.name(), new Rating(competence, input.level(), input.reason(), input.notes()));
    }

    @POST
    @Path("{id}/sheets/mine/submission")
    @RolesAllowed(Role.EXAMINER_NAME)
    @Operation(summary = "Submit the caller's form; it no longer changes")
    public FormViews.SheetView submit(@PathParam("id") long id) {
        return scoring.submit(id, caller.name());
    }

    @GET
    @Path("{id}/sheets/other")
    @RolesAllowed(Role.EXAMINER_NAME)
    @Operation(summary = "The co-examiner's form, once both have submitted")
    public FormViews.SheetView otherSheet(@PathParam("id") long id) {
        return scoring.otherSheet(id, caller.name());
    }

    @GET
    @Path("{id}/agreement")
    @RolesAllowed({Role.BOARD_NAME, Role.EXAMINER_NAME})
    @Operation(summary = "Both forms side by side with the agreed ratings, once both have submitted")
    public FormViews.AgreementView agreement(@PathParam("id") long id) {
        return scoring.agreement(id, caller.name(), caller.isBoard());
    }

    @PUT
    @Path("{id}/agreement/ratings/{competence}")
    @RolesAllowed(Role.EXAMINER_NAME)
    @Operation(summary = "The chair records the agreed rating of one competence; answers with the stored rating")
    public FormViews.RatingView agree(
            @PathParam("id") long id, @PathParam("competence") String competence, RatingInput input) {
        RequestFields.body(input);
        return scoring.agree(id, caller.name(), new Rating(competence, input.level(), input.reason(), input.notes()));
    }

    @POST
    @Path("{id}/agreement/finalisation")
    @RolesAllowed(Role.EXAMINER_NAME)
    @Operation(summary = "The chair finalises the agreed form; the pass rule decides; it never changes again")
    public FormViews.AgreementView finalise(@PathParam("id") long id) {
        return scoring.finalise(id, caller.name());
    }

    @POST
    @Path("{id}/agreement/signatures")
    @RolesAllowed(Role.EXAMINER_NAME)
    @Operation(summary = "The caller signs the finalised form")
    public FormViews.AgreementView sign(@PathParam("id") long id) {
        return scoring.sign(id, caller.name());
    }

    @POST
    @Path("{id}/corrections")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Correct a finalised form: a new version with the reason, audited")
    public Response correct(@PathParam("id") long id, Correction correction) {
        RequestFields.body(correction);
        FormViews.VerdictVersion version = scoring.correct(
                id,
                correction.reason(),
                correction.ratings() == null
                        ? List.of()
                        : correction.ratings().stream()
                                .map(r -> new Rating(r.competence(), r.level(), r.reason(), r.notes()))
                                .toList());
        return Response.status(201).entity(version).build();
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Every version of the agreed form")
    public List<FormViews.VerdictVersion> versions(@PathParam("id") long id) {
        return scoring.versions(id);
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Release the result to the candidate")
    public OralExamView release(@PathParam("id") long id) {
        return scoring.release(id);
    }

    @GET
    @Path("reliability")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Exact agreement and weighted kappa per examiner pair and per competence over a period")
    public ReliabilityService.Report reliability(@QueryParam("from") String from, @QueryParam("until") String until) {
        RequestFields fields = new RequestFields();
        LocalDate first = fields.date("from", from);
        LocalDate last = fields.date("until", until);
        fields.check();
        return reliability.between(first, last);
    }
}
