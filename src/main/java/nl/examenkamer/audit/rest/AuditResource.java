package nl.examenkamer.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.examenkamer.audit.AuditEntryView;
import nl.examenkamer.audit.AuditFilter;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.rest.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log for the exam board, newest first. Read-only: there is no way to change it. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
@RolesAllowed(Role.BOARD_NAME)
public class AuditResource {

    @Inject
    private AuditLog auditLog;

    public record AuditPage(long total, List<AuditEntryView> entries) {}

    @GET
    @Operation(
            summary =
                    "Audit entries filtered by actor, action (or action prefix), object and period (ISO-8601 instants)")
    public AuditPage find(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId,
            @QueryParam("from") String from,
            @QueryParam("until") String until,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("100") int size) {
        Paging page = Paging.of(first, size, 1000);
        AuditFilter filter =
                new AuditFilter(actor, action, objectType, objectId, instant("from", from), instant("until", until));
        return new AuditPage(auditLog.count(filter), auditLog.find(filter, page.first(), page.size()));
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw RuleViolation.badRequest("audit.notAnInstant", name, value);
        }
    }
}
