package nl.examenkamer.content;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An item of the written exam's bank.
 *
 * <p>Life cycle: created by the first import of its file as version 1. An import whose content
 * differs (see {@link ItemContent}) adds a version and makes it current; earlier versions stay, so
 * whatever used them keeps pointing at them. Status, author, reviewer and note change in place.
 * An item whose file disappears is retired, never deleted.
 *
 * <p>Invariants: versions are numbered 1, 2, 3 ... without gaps; the current version is the
 * highest; an item needs review when it is active and cites a legal source whose current text took
 * effect after the item was last reviewed.
 */
@Entity
@Table(name = "item")
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "file_path")
    private String filePath;

    private String label;

    @Enumerated(EnumType.STRING)
    private ItemStatus status;

    private String author;
    private String reviewer;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    private String note;

    @Column(name = "needs_review")
    private boolean needsReview;

    @Column(name = "current_version")
    private int currentVersion;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("versionNo")
    private List<ItemVersion> versions = new ArrayList<>();

    @Version
    private long version;

    /** The life-cycle facts of an item, as its file states them. */
    public record Metadata(
            String filePath,
            String label,
            ItemStatus status,
            String author,
            String reviewer,
            LocalDate reviewedOn,
            String note) {}

    protected Item() {}

    public static Item create(String code, Metadata metadata, ItemContent content, Instant now) {
        Item item = new Item();
        item.code = Objects.requireNonNull(code);
        item.applyMetadata(metadata);
        item.versions.add(new ItemVersion(item, 1, content, now));
        item.currentVersion = 1;
        return item;
    }

    /** Adds a version when the content differs from the current one; true when it did. */
    public boolean revise(ItemContent content, Instant now) {
        if (current().contentHash().equals(content.hash())) {
            return false;
        }
        currentVersion = currentVersion + 1;
        versions.add(new ItemVersion(this, currentVersion, content, now));
        return true;
    }

    /** Takes over status, label, author, reviewer and note; true when anything changed. */
    public boolean applyMetadata(Metadata metadata) {
        boolean changed = !Objects.equals(filePath, metadata.filePath())
                || !Objects.equals(label, metadata.label())
                || status != metadata.status()
                || !Objects.equals(author, metadata.author())
                || !Objects.equals(reviewer, metadata.reviewer())
                || !Objects.equals(reviewedOn, metadata.reviewedOn())
                || !Objects.equals(note, metadata.note());
        if (changed) {
            filePath = metadata.filePath();
            label = metadata.label();
            status = metadata.status();
            author = metadata.author();
            reviewer = metadata.reviewer();
            reviewedOn = metadata.reviewedOn();
            note = metadata.note();
        }
        return changed;
    }

    /** The item's file left exam-content: it is retired, and kept for everything that used it. */
    public boolean retireBecauseRemoved() {
        if (status == ItemStatus.RETIRED) {
            return false;
        }
        status = ItemStatus.RETIRED;
        note = "removed from exam-content" + (note == null ? "" : "; " + note);
        return true;
    }

    /**
     * Recomputes the legal-currency flag from the effective dates of the cited sources; true when
     * the flag changed.
     */
    public boolean checkCurrency(java.util.Map<String, LocalDate> effectiveFromBySource) {
        boolean flag = status == ItemStatus.ACTIVE
                && reviewedOn != null
                && current().sources().stream()
                        .map(effectiveFromBySource::get)
                        .anyMatch(effective -> effective != null && effective.isAfter(reviewedOn));
        boolean changed = flag != needsReview;
        needsReview = flag;
        return changed;
    }

    public ItemVersion current() {
        return versions.get(currentVersion - 1);
    }

    public List<ItemVersion> versions() {
        return List.copyOf(versions);
    }

    public String code() {
        return code;
    }

    public String filePath() {
        return filePath;
    }

    public String label() {
        return label;
    }

    public ItemStatus status() {
        return status;
    }

    public String author() {
        return author;
    }

    public String reviewer() {
        return reviewer;
    }

    public LocalDate reviewedOn() {
        return reviewedOn;
    }

    public String note() {
        return note;
    }

    public boolean needsReview() {
        return needsReview;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
