package nl.examenkamer.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record of one import that changed something: when, by whom, from where, and what changed. */
@Entity
@Table(name = "content_import")
public class ContentImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @Column(name = "imported_at", updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", updatable = false)
    private String importedBy;

    @Column(updatable = false)
    private String origin;

    @Column(updatable = false)
    private String digest;

    @Column(name = "items_added", updatable = false)
    private int itemsAdded;

    @Column(name = "versions_added", updatable = false)
    private int versionsAdded;

    @Column(name = "items_updated", updatable = false)
    private int itemsUpdated;

    @Column(name = "items_retired", updatable = false)
    private int itemsRetired;

    @Column(name = "other_changes", updatable = false)
    private int otherChanges;

    protected ContentImport() {}

    public ContentImport(Instant importedAt, String importedBy, String origin, String digest, ImportReport report) {
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.origin = origin.length() > 300 ? origin.substring(0, 300) : origin;
        this.digest = digest;
        this.itemsAdded = report.itemsAdded();
        this.versionsAdded = report.versionsAdded();
        this.itemsUpdated = report.itemsUpdated();
        this.itemsRetired = report.itemsRetired();
        this.otherChanges = report.otherChanges();
    }

    public ImportReport report() {
        return new ImportReport(itemsAdded, versionsAdded, itemsUpdated, itemsRetired, otherChanges);
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }

    public String origin() {
        return origin;
    }
}
