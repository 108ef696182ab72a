package nl.examenkamer.curriculum.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.curriculum.RecordView;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.rest.IfMatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The exam board's hold on any provider's attendance record (by its id, as listed per candidate). */
@Path("attendance-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.BOARD_NAME)
@Tag(name = "Attendance")
public class AttendanceRecordResource {

    @Inject
    private CurriculumService curriculum;

    public record Voiding(String reason) {}

    @POST
    @Path("{id}/voiding")
    @Operation(
            summary = "Void a record, with a reason; it no longer counts. With If-Match set to the record's ETag, a"
                    + " record changed since is not voided: 412 with what it says now")
    public RecordView voidRecord(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Voiding voiding) {
        return curriculum.voidRecord(id, IfMatch.version(ifMatch), voiding == null ? null : voiding.reason());
    }
}
