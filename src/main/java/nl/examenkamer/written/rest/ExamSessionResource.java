package nl.examenkamer.written.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.examenkamer.content.CutScoreMethod;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.rest.RequestFields;
import nl.examenkamer.shared.rest.RequestLocale;
import nl.examenkamer.written.AttemptForm;
import nl.examenkamer.written.AttemptService;
import nl.examenkamer.written.CutScoreOptions;
import nl.examenkamer.written.CutScoreService;
import nl.examenkamer.written.ExamSession;
import nl.examenkamer.written.ExamSessionService;
import nl.examenkamer.written.InzageService;
import nl.examenkamer.written.InzageViews;
import nl.examenkamer.written.ItemAnalysisCsv;
import nl.examenkamer.written.ItemAnalysisService;
import nl.examenkamer.written.Neutralisation;
import nl.examenkamer.written.NeutralisationService;
import nl.examenkamer.written.ProctorRow;
import nl.examenkamer.written.SessionItemAnalysis;
import nl.examenkamer.written.SessionReports;
import nl.examenkamer.written.SessionResultsCsv;
import nl.examenkamer.written.SessionResultsService;
import nl.examenkamer.written.SessionView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Written exam sessions: the board plans them, enrols candidates, watches them, gives extra time,
 * closes and publishes; a candidate starts their attempt here with the access code.
 */
@Path("exam-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Written exam")
public class ExamSessionResource {

    @Inject
    private ExamSessionService service;

    @Inject
    private AttemptService attempts;

    @Inject
    private SessionResultsService results;

    @Inject
    private SessionReports reports;

    @Inject
    private ItemAnalysisService analysis;

    @Inject
    private NeutralisationService neutralisations;

    @Inject
    private CutScoreService cutScores;

    @Inject
    private InzageService inzage;

    @Context
    private HttpHeaders headers;

    @Inject
    private Caller caller;

    @Context
    private UriInfo uriInfo;

    /**
     * A session to plan. Times as ISO text (2026-12-01T09:00, Dutch time, or with an offset);
     * durationMinutes 0 takes the blueprint's; location empty means online.
     */
    public record NewSession(
            String code,
            String name,
            String blueprint,
            String examDate,
            String windowStart,
            String windowEnd,
            Integer durationMinutes,
            Integer defaultExtraTimePercentage,
            String location,
            Integer capacity) {}

    public record NewEnrolment(String candidateNumber, Integer extraTimePercentage, String reason) {}

    public record ExtraTime(Integer minutes, String reason) {}

    public record EnrolmentWithdrawal(String reason) {}

    public record NewAccommodation(Integer extraTimePercentage, String reason) {}

    public record ExtraTimeGiven(String candidateNumber, int minutes, Instant deadline) {}

    public record Start(String accessCode) {}

    /** A started attempt with its form, so that a client needs no second request to read it. */
    public record Started(
            long attemptId,
            String token,
            Instant deadline,
            long remainingSeconds,
            boolean resumed,
            List<AttemptForm.Question> items) {}

    public record Enrolled(int enrolled) {}

    public record Closed(int attemptsEnded) {}

    @POST
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Plan a written exam session; the item versions its forms are drawn from are frozen now")
    public Response create(NewSession request) {
        RequestFields.body(request);
        RequestFields fields = new RequestFields();
        Instant start = fields.instant("windowStart", request.windowStart());
        Instant end = fields.instant("windowEnd", request.windowEnd());
        LocalDate examDate = fields.optionalDate("examDate", request.examDate());
        fields.check();
        ExamSession.Plan plan = new ExamSession.Plan(
                request.code(),
                request.name(),
                examDate == null ? start.atZone(RequestFields.DUTCH_TIME).toLocalDate() : examDate,
                start,
                end,
                request.durationMinutes() == null ? 0 : request.durationMinutes(),
                request.defaultExtraTimePercentage(),
                request.location(),
                request.capacity() == null ? 0 : request.capacity());
        SessionView created = service.create(request.blueprint(), plan);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(created.code()).build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Every session, newest first")
    public List<SessionView> list() {
        return service.all();
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "One session, with its access code")
    public SessionView get(@PathParam("code") String code) {
        return service.find(code).orElseThrow(() -> RuleViolation.notFound("session.notFound", code));
    }

    @POST
    @Path("{code}/enrolments")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Enrol one candidate, with extra time (percentage of the duration) and its reason")
    public Response enrol(@PathParam("code") String code, NewEnrolment request) {
        NewEnrolment body = request == null ? new NewEnrolment(null, null, null) : request;
        service.enrol(code, body.candidateNumber(), body.extraTimePercentage(), body.reason());
        return Response.status(Response.Status.CREATED).entity(new Enrolled(1)).build();
    }

    @POST
    @Path("{code}/enrolments.csv")
    @Consumes("text/csv")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "Enrol a list (CSV: candidate_number[,extra_time_percentage,accommodation_reason]);"
                    + " everyone or nobody; a candidate already enrolled with the same extra time is passed over")
    public ExamSessionService.ListEnrolled enrolList(@PathParam("code") String code, byte[] file) {
        return service.enrolAll(code, file == null ? new byte[0] : file);
    }

    @PUT
    @Path("{code}/candidates/{number}/accommodation")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "Change a candidate's extra time (percentage of the duration) before they started, with a"
                    + " reason (audited); the candidate is mailed their new time with an updated calendar event")
    public ExamSessionService.AccommodationChanged changeAccommodation(
            @PathParam("code") String code, @PathParam("number") String number, NewAccommodation request) {
        NewAccommodation body = request == null ? new NewAccommodation(null, null) : request;
        return service.changeAccommodation(code, number, body.extraTimePercentage(), body.reason());
    }

    @POST
    @Path("{code}/candidates/{number}/withdrawal")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "Withdraw a candidate's enrolment before they started, with a reason (audited);"
                    + " the candidate is mailed a cancellation")
    public Response withdraw(
            @PathParam("code") String code, @PathParam("number") String number, EnrolmentWithdrawal request) {
        service.withdraw(code, number, request == null ? null : request.reason());
        return Response.noContent().build();
    }

    @GET
    @Path("{code}/proctor")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "Live view: per candidate not started, in progress, answers saved, last seen, time left, ended;"
                    + " contactLost when a running attempt's page has not reached the server for 90 s")
    public List<ProctorRow> proctor(@PathParam("code") String code) {
        return service.proctor(code);
    }

    @POST
    @Path("{code}/candidates/{number}/extra-time")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Give one candidate extra minutes with a reason (audited); moves a running attempt's deadline")
    public ExtraTimeGiven extraTime(
            @PathParam("code") String code, @PathParam("number") String number, ExtraTime request) {
        ExtraTime body = request == null ? new ExtraTime(null, null) : request;
        int minutes = body.minutes() == null ? 0 : body.minutes();
        Instant deadline = service.giveExtraTime(code, number, minutes, body.reason());
        return new ExtraTimeGiven(number, minutes, deadline);
    }

    @POST
    @Path("{code}/close")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Close the session: every open attempt is ended and scored")
    public Closed close(@PathParam("code") String code) {
        return new Closed(service.close(code));
    }

    @GET
    @Path("{code}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "The session's report (proces-verbaal) as a PDF: the session, where its candidates ended up, the"
                    + " extra time given on the day and the incidents noted")
    public Response report(@PathParam("code") String code) {
        return Response.ok(reports.pdf(code, RequestLocale.of(headers)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"proces-verbaal-" + code + ".pdf\"")
                .build();
    }

    @GET
    @Path("{code}/results.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "A closed session's results as CSV: per candidate the state, score, percentage, grade,"
                    + " pass or fail and the points per theme; 409 while the session is still scheduled")
    public Response results(@PathParam("code") String code) {
        return csvFile(
                new SessionResultsCsv(RequestLocale.of(headers)).csv(results.results(code)), "uitslagen-" + code);
    }

    @GET
    @Path("{code}/item-analysis")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "A closed session's item analysis: candidates, mean, standard deviation and KR-20; per item"
                    + " version p, Rit, Rir, unanswered, per option chosen and Rir, and the flags (p < 0.30,"
                    + " p > 0.95, Rir < 0.10, a distractor with positive Rir); 409 while the session is scheduled")
    public SessionItemAnalysis itemAnalysis(@PathParam("code") String code) {
        return analysis.analyse(code);
    }

    @GET
    @Path("{code}/item-analysis.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "A closed session's item analysis as CSV: a line per item version with p, Rit, Rir, left open,"
                    + " key, per option chosen and Rir, flags and neutralisation; 409 while the session is scheduled")
    public Response itemAnalysisCsv(@PathParam("code") String code) {
        return csvFile(
                new ItemAnalysisCsv(RequestLocale.of(headers)).csv(analysis.analyse(code)), "itemanalyse-" + code);
    }

    private static Response csvFile(byte[] csv, String name) {
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }

    /** The board's decision on an item of the session: CREDIT (the point for all) or DROP, with its reason. */
    public record NewNeutralisation(String itemCode, Integer versionNo, Neutralisation.Mode mode, String reason) {}

    public record Rescored(int attemptsRescored) {}

    @POST
    @Path("{code}/neutralisations")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "Neutralise an item version of a closed, unpublished session (CREDIT: the point for every"
                    + " candidate who had it; DROP: out of score and maximum) with a reason; every scored attempt"
                    + " is rescored and the decision is audited")
    public Rescored neutralise(@PathParam("code") String code, NewNeutralisation request) {
        if (request == null || request.itemCode() == null || request.versionNo() == null) {
            throw RuleViolation.invalid("neutralisation.item.required");
        }
        return new Rescored(neutralisations.neutralise(
                code, request.itemCode(), request.versionNo(), request.mode(), request.reason()));
    }

    public record Withdrawal(String reason) {}

    @POST
    @Path("{code}/neutralisations/{itemCode}/{versionNo}/withdrawal")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "Take back the neutralisation of an item version, with a reason, before publication; every"
                    + " scored attempt is rescored and the withdrawal is audited")
    public Rescored withdrawNeutralisation(
            @PathParam("code") String code,
            @PathParam("itemCode") String itemCode,
            @PathParam("versionNo") int versionNo,
            Withdrawal request) {
        return new Rescored(
                neutralisations.withdraw(code, itemCode, versionNo, request == null ? null : request.reason()));
    }

    @GET
    @Path("{code}/cut-score")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "The cut score of a closed session: the method in force and, side by side, the fixed percentage"
                    + " of the maximum and Cohen-Schotanus (where the blueprint allows it), each with how many pass")
    public CutScoreOptions cutScore(@PathParam("code") String code) {
        return cutScores.options(code);
    }

    /** The method to set: PERCENTAGE_OF_MAXIMUM or COHEN_SCHOTANUS, with the board's reason. */
    public record CutScoreChoice(CutScoreMethod method, String reason) {}

    @PUT
    @Path("{code}/cut-score")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(
            summary = "Set the cut score method of a closed, unpublished session with a reason; every scored attempt is"
                    + " rescored and the decision is audited")
    public CutScoreService.Applied setCutScore(@PathParam("code") String code, CutScoreChoice request) {
        return cutScores.apply(
                code, request == null ? null : request.method(), request == null ? null : request.reason());
    }

    @GET
    @Path("{code}/inzage")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "The inspection (inzage) requests of a session, in the order they came in, with their windows")
    public List<InzageViews.Request> inzageRequests(@PathParam("code") String code) {
        return inzage.requests(code);
    }

    /** An inspection window: ISO times (Dutch time without an offset); at most two weeks, not yet passed. */
    public record InzageWindow(String opensAt, String closesAt) {}

    @PUT
    @Path("{code}/inzage/{candidateNumber}")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Plan (or move) the window of a candidate's inspection; audited")
    public InzageViews.Request planInzage(
            @PathParam("code") String code, @PathParam("candidateNumber") String candidateNumber, InzageWindow window) {
        if (window == null) {
            throw RuleViolation.invalid("inzage.window.required");
        }
        RequestFields fields = new RequestFields();
        Instant opensAt = fields.instant("opensAt", window.opensAt());
        Instant closesAt = fields.instant("closesAt", window.closesAt());
        fields.check();
        return inzage.plan(code, candidateNumber, opensAt, closesAt);
    }

    @POST
    @Path("{code}/publish")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Publish the results of a closed session to its candidates")
    public Response publish(@PathParam("code") String code) {
        service.publish(code);
        return Response.noContent().build();
    }

    @POST
    @Path("{code}/attempts")
    @RolesAllowed(Role.CANDIDATE_NAME)
    @Operation(
            summary = "Start the caller's attempt with the access code (or open it again when started): returns the"
                    + " attempt's token for X-Attempt-Token, the time left and the form")
    public Response start(@PathParam("code") String code, Start request) {
        AttemptService.Begun begun =
                attempts.startWithForm(code, caller.name(), request == null ? null : request.accessCode());
        AttemptService.Opened opened = begun.opened();
        return Response.status(opened.resumed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(new Started(
                        opened.attemptId(),
                        opened.token(),
                        opened.deadline(),
                        opened.remainingSeconds(),
                        opened.resumed(),
                        begun.form().items()))
                .build();
    }
}
