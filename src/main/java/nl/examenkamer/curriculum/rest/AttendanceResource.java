package nl.examenkamer.curriculum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.examenkamer.curriculum.AttendanceCsv;
import nl.examenkamer.curriculum.AttendanceRow;
import nl.examenkamer.curriculum.BatchOrigin;
import nl.examenkamer.curriculum.BatchResult;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.curriculum.RecordPage;
import nl.examenkamer.curriculum.RecordView;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.persistence.LostRace;
import nl.examenkamer.shared.rest.IfMatch;
import nl.examenkamer.shared.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A training provider's attendance records, with its API key as a bearer token (or a staff
 * account). A batch is checked whole and stored all or nothing; a row id the provider already used
 * with the same values adds nothing, so a batch can safely be sent again.
 */
@Path("attendance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PROVIDER_NAME)
@Tag(name = "Attendance")
public class AttendanceResource {

    @Inject
    private CurriculumService curriculum;

    @Inject
    private Caller caller;

    /** A correction of one record, with the reason for the audit log. */
    public record Correction(
            String moduleCode, String date, String contactHours, String studyLoadHours, String reason) {}

    public record Withdrawal(String reason) {}

    @POST
    @Operation(
            summary =
                    "Record attendance: a JSON array of records {rowId, candidateNumber, moduleCode, date (2026-03-12),"
                            + " contactHours, studyLoadHours}. All or nothing: any bad record gives 422 listing every problem as [index].field,"
                            + " and nothing is stored. Records whose rowId was already sent with the same values are counted as alreadyRecorded.")
    public Response record(List<AttendanceInput> records) {
        List<AttendanceRow> rows = new ArrayList<>();
        if (records != null) {
            for (int index = 0; index < records.size(); index++) {
                AttendanceInput record = records.get(index);
                rows.add(
                        record == null
                                ? new AttendanceRow(index, null, null, null, null, null, null)
                                : record.toRow(index));
            }
        }
        BatchResult result = againIfRaced(() -> curriculum.record(caller.requireProviderCode(), rows, BatchOrigin.API));
        return Response.status(result.added() > 0 ? 201 : 200).entity(result).build();
    }

    @POST
    @Path("csv")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Record attendance from a CSV file (UTF-8; the columns of the template). All or nothing:"
                    + " 422 lists every problem as 'line N field'.")
    public Response recordCsv(byte[] file) {
        BatchResult result = againIfRaced(() -> curriculum.recordCsv(caller.requireProviderCode(), file));
        return Response.status(result.added() > 0 ? 201 : 200).entity(result).build();
    }

    /**
     * A batch whose rows went in at the same moment through another request (a client that sent it
     * again before the first answer came) is stored by neither until one commits; read again, it
     * finds them recorded and is answered as any repeated batch is: nothing new.
     */
    private static BatchResult againIfRaced(Supplier<BatchResult> batch) {
        try {
            return batch.get();
        } catch (RuntimeException lost) {
            if (!LostRace.isCauseOf(lost)) {
                throw lost;
            }
            return batch.get();
        }
    }

    @GET
    @Path("template.csv")
    @Produces("text/csv")
    @Operation(summary = "The CSV template: the header and an example row")
    public Response template() {
        return Response.ok(AttendanceCsv.TEMPLATE.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"contacturen-sjabloon.csv\"")
                .build();
    }

    @GET
    @Operation(summary = "The provider's own records, newest first, a page at a time; optionally of one candidate")
    public RecordPage list(
            @QueryParam("candidate") String candidateNumber,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("100") int size) {
        Paging page = Paging.of(first, size, 1000);
        return curriculum.recordsOf(caller.requireProviderCode(), candidateNumber, page.first(), page.size());
    }

    @PUT
    @Path("{rowId}")
    @Operation(
            summary = "Correct one of the provider's own records, with a reason. With If-Match set to the record's"
                    + " ETag (its version, as in the list), a record changed since is not overwritten: 412 with who"
                    + " changed it and what it says now")
    public Response correct(
            @PathParam("rowId") String rowId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Correction correction) {
        Correction body = correction == null ? new Correction(null, null, null, null, null) : correction;
        RecordView corrected = curriculum.correct(
                caller.requireProviderCode(),
                rowId,
                IfMatch.version(ifMatch),
                body.moduleCode(),
                date(body.date()),
                body.contactHours(),
                body.studyLoadHours(),
                body.reason());
        return Response.ok(corrected).tag(IfMatch.of(corrected.version())).build();
    }

    @POST
    @Path("{rowId}/withdrawal")
    @Operation(
            summary = "Withdraw one of the provider's own records, with a reason; it no longer counts. With If-Match"
                    + " set to the record's ETag, a record changed since is not withdrawn: 412 with what it says now")
    public RecordView withdraw(
            @PathParam("rowId") String rowId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Withdrawal withdrawal) {
        return curriculum.withdraw(
                caller.requireProviderCode(),
                rowId,
                IfMatch.version(ifMatch),
                withdrawal == null ? null : withdrawal.reason());
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid("attendance.date.invalid");
        }
    }
}
