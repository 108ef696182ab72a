package nl.examenkamer.audit;

import java.io.Serializable;
import java.time.Instant;
import nl.examenkamer.shared.Period;

/**
 * What the board narrows the audit log down to. Every field is optional; text fields match
 * exactly except {@code action}, which also matches as a prefix ({@code account.} finds every
 * account action). The period runs from {@code from} up to, not including, {@code until}.
 */
public record AuditFilter(String actor, String action, String objectType, String objectId, Instant from, Instant until)
        implements Serializable {

    public AuditFilter {
        Period.requireOrdered(from, until);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
