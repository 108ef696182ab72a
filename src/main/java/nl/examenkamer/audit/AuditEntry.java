package nl.examenkamer.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit log. Immutable once written: no setters, and every column is marked not
 * updatable so even a stray merge cannot change it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int REASON_LENGTH = 2000;
    static final int DETAILS_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 80)
    private String actor;

    @Column(nullable = false, updatable = false, length = 80)
    private String action;

    @Column(name = "object_type", nullable = false, updatable = false, length = 60)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 120)
    private String objectId;

    @Column(updatable = false, length = REASON_LENGTH)
    private String reason;

    @Column(updatable = false, length = DETAILS_LENGTH)
    private String details;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, String actor, AuditEvent event) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = event.action();
        this.objectType = event.objectType();
        this.objectId = event.objectId();
        this.reason = clip(event.reason(), REASON_LENGTH);
        this.details = clip(event.details(), DETAILS_LENGTH);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String reason() {
        return reason;
    }

    public String details() {
        return details;
    }
}
