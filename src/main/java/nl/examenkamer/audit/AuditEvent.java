package nl.examenkamer.audit;

import java.util.Objects;

/**
 * What a feature tells the audit log: an action code ({@code account.created}), the object it
 * concerns, and optionally the reason given by the person who decided and some details.
 */
public record AuditEvent(String action, String objectType, String objectId, String reason, String details) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
    }

    public static AuditEvent of(String action, String objectType, Object objectId) {
        return new AuditEvent(action, objectType, objectId == null ? null : String.valueOf(objectId), null, null);
    }

    public AuditEvent because(String why) {
        return new AuditEvent(action, objectType, objectId, why, details);
    }

    public AuditEvent withDetails(String moreDetails) {
        return new AuditEvent(action, objectType, objectId, reason, moreDetails);
    }
}
