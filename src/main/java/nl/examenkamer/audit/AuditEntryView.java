package nl.examenkamer.audit;

import java.io.Serializable;
import java.time.Instant;

/** An audit row as pages and the REST API show it. */
public record AuditEntryView(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String objectType,
        String objectId,
        String reason,
        String details)
        implements Serializable {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(
                entry.id(),
                entry.occurredAt(),
                entry.actor(),
                entry.action(),
                entry.objectType(),
                entry.objectId(),
                entry.reason(),
                entry.details());
    }
}
