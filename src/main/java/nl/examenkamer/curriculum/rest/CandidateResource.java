package nl.examenkamer.curriculum.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.examenkamer.curriculum.AdmissionExport;
import nl.examenkamer.curriculum.AdmissionFilter;
import nl.examenkamer.curriculum.AdmissionRow;
import nl.examenkamer.curriculum.AdmissionRule;
import nl.examenkamer.curriculum.AdmissionService;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.curriculum.RecordView;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.identity.CandidateSummary;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.rest.Paging;
import nl.examenkamer.shared.rest.RequestLocale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Candidates of the register and their admission status. The board sees everyone; a training
 * provider sees only the candidates it recorded hours for, and any other candidate looks exactly
 * like one that does not exist (404).
 */
@Path("candidates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates and admission")
public class CandidateResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private CandidateRegistry registry;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private AdmissionService admission;

    @Inject
    private Caller caller;

    @Context
    private UriInfo uriInfo;

    @Context
    private HttpHeaders headers;

    /** A person to register; the date of birth as 1990-04-23. */
    public record NewCandidate(String fullName, String email, String dateOfBirth) {}

    /** The registered candidate, and whether the register already knew them. */
    public record RegisteredCandidate(CandidateSummary candidate, boolean existing) {}

    /** A candidate's number and name, as a provider may see it. */
    public record CandidateRef(String candidateNumber, String fullName) {}

    public record AccountLink(String username) {}

    public record AdmissionPage(int total, List<AdmissionJson> candidates) {}

    @POST
    @RolesAllowed({Role.BOARD_NAME, Role.PROVIDER_NAME})
    @Operation(
            summary = "Register a candidate; a person already known (same e-mail, or same name and date of birth)"
                    + " is returned instead of a duplicate (200 instead of 201)")
    public Response register(NewCandidate request) {
        NewCandidate body = request == null ? new NewCandidate(null, null, null) : request;
        LocalDate dateOfBirth = dateOfBirth(body.dateOfBirth());
        CandidateRegistry.Registration registration = caller.isBoard()
                ? registry.register(body.fullName(), body.email(), dateOfBirth)
                : curriculum.registerCandidate(
                        caller.requireProviderCode(), body.fullName(), body.email(), dateOfBirth);
        RegisteredCandidate entity = new RegisteredCandidate(registration.candidate(), registration.existing());
        if (registration.existing()) {
            return Response.ok(entity).build();
        }
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(registration.candidate().candidateNumber())
                        .build())
                .entity(entity)
                .build();
    }

    @GET
    @RolesAllowed({Role.BOARD_NAME, Role.PROVIDER_NAME})
    @Operation(
            summary =
                    "Candidates with their admission status, filtered (admitted=true|false, provider, q: name or number);"
                            + " a provider gets only the candidates it recorded hours for")
    public AdmissionPage list(
            @QueryParam("admitted") Boolean admitted,
            @QueryParam("provider") String provider,
            @QueryParam("q") String text,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("100") int size) {
        Paging page = Paging.of(first, size, 1000);
        List<AdmissionRow> rows = admission.list(filter(admitted, provider, text));
        Map<String, String> names = themeNames();
        Locale locale = RequestLocale.of(headers);
        return new AdmissionPage(
                rows.size(),
                rows.stream()
                        .skip(page.first())
                        .limit(page.size())
                        .map(row ->
                                AdmissionJson.of(row.candidateNumber(), row.fullName(), row.status(), names, locale))
                        .toList());
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "The board's admission list as CSV (same filters)")
    public Response exportCsv(
            @QueryParam("admitted") Boolean admitted,
            @QueryParam("provider") String provider,
            @QueryParam("q") String text) {
        byte[] csv = export().csv(admission.list(filter(admitted, provider, text)));
        return download(csv, "text/csv; charset=UTF-8", "toelating.csv");
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "The board's admission list as an Excel workbook (same filters)")
    public Response exportXlsx(
            @QueryParam("admitted") Boolean admitted,
            @QueryParam("provider") String provider,
            @QueryParam("q") String text) {
        byte[] xlsx = export().xlsx(admission.list(filter(admitted, provider, text)));
        return download(xlsx, XLSX, "toelating.xlsx");
    }

    @GET
    @Path("{candidateNumber}")
    @RolesAllowed({Role.BOARD_NAME, Role.PROVIDER_NAME})
    @Operation(summary = "One candidate: all details for the board, number and name for a provider that recorded hours")
    public Object get(@PathParam("candidateNumber") String candidateNumber) {
        CandidateNumber number = visible(candidateNumber);
        CandidateSummary candidate = CandidateSummary.of(registry.find(number).orElseThrow(NotFoundException::new));
        return caller.isBoard() ? candidate : new CandidateRef(candidate.candidateNumber(), candidate.fullName());
    }

    @GET
    @Path("{candidateNumber}/admission")
    @RolesAllowed({Role.BOARD_NAME, Role.PROVIDER_NAME})
    @Operation(
            summary =
                    "The candidate's admission status: hours per theme against the rule, totals, and every unmet rule")
    public AdmissionJson admission(@PathParam("candidateNumber") String candidateNumber) {
        CandidateNumber number = visible(candidateNumber);
        AdmissionService.CandidateAdmission status = admission.statusOf(number);
        return AdmissionJson.of(
                number.value(),
                status.candidate().fullName(),
                status.status(),
                status.themeNames(),
                RequestLocale.of(headers));
    }

    @GET
    @Path("{candidateNumber}/attendance")
    @RolesAllowed({Role.BOARD_NAME, Role.PROVIDER_NAME})
    @Operation(
            summary = "The candidate's attendance records: every provider's for the board, a provider's own otherwise")
    public List<RecordView> attendance(@PathParam("candidateNumber") String candidateNumber) {
        CandidateNumber number = visible(candidateNumber);
        return caller.isBoard()
                ? curriculum.recordsOfCandidate(number)
                : curriculum
                        .recordsOf(caller.requireProviderCode(), number.value(), 0, Integer.MAX_VALUE)
                        .records();
    }

    @PUT
    @Path("{candidateNumber}/account")
    @RolesAllowed(Role.BOARD_NAME)
    @Operation(summary = "Link the candidate to the CANDIDATE account they log in with")
    public CandidateSummary linkAccount(@PathParam("candidateNumber") String candidateNumber, AccountLink request) {
        CandidateNumber number = parse(candidateNumber);
        registry.linkAccount(number, request == null ? null : request.username());
        return CandidateSummary.of(registry.find(number).orElseThrow(NotFoundException::new));
    }

    private static LocalDate dateOfBirth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("candidate.birthDate.invalid", text.strip());
        }
    }

    private CandidateNumber visible(String candidateNumber) {
        CandidateNumber number = parse(candidateNumber);
        if (!caller.isBoard() && !curriculum.hasRecords(caller.requireProviderCode(), number)) {
            throw RuleViolation.notFound("candidate.notFound", number.value());
        }
        return number;
    }

    private static CandidateNumber parse(String candidateNumber) {
        return CandidateNumber.typed(candidateNumber)
                .orElseThrow(() -> RuleViolation.notFound("candidate.notFound", String.valueOf(candidateNumber)));
    }

    private AdmissionFilter filter(Boolean admitted, String provider, String text) {
        // A provider's list is its own, whatever it asks for.
        String providerCode = caller.isBoard() ? provider : caller.requireProviderCode();
        return new AdmissionFilter(admitted, providerCode, text);
    }

    private Map<String, String> themeNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (AdmissionRule.Theme theme : admission.rule().themes()) {
            names.put(theme.code(), theme.name());
        }
        return names;
    }

    private AdmissionExport export() {
        return new AdmissionExport(admission.rule(), RequestLocale.of(headers));
    }

    private static Response download(byte[] body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
