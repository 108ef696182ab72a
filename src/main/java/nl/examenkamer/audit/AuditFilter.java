package nl.examenkamer.audit;

import java.time.Instant;

/**
 * What the board narrows the audit log down to. Every field is optional; text fields match
 * exactly except {@code action}, which also matches as a prefix ({@code account.} finds every
 * account action).
 */
public record AuditFilter(
        String actor, String action, String objectType, String objectId, Instant from, Instant until) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
