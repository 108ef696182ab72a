package nl.examenkamer.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One version of an item's content. Never changed once written (no column is updatable): exam
 * forms point at a version, and what a candidate answered must stay exactly what they saw.
 */
@Entity
@Table(name = "item_version")
public class ItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", updatable = false)
    private Item item;

    @Column(name = "version_no", updatable = false)
    private int versionNo;

    @Column(name = "content_hash", updatable = false)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ItemType type;

    @Column(name = "theme_code", updatable = false)
    private String theme;

    @Column(name = "legal_domain", updatable = false)
    private String legalDomain;

    @Column(name = "case_text", updatable = false)
    private String caseText;

    @Column(updatable = false)
    private String question;

    @Column(updatable = false)
    private String rationale;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_version_title", joinColumns = @JoinColumn(name = "item_version_id"))
    @Column(name = "title", updatable = false)
    private java.util.Set<String> titles = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_option", joinColumns = @JoinColumn(name = "item_version_id"))
    @OrderColumn(name = "position")
    private List<StoredOption> options = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_version_source", joinColumns = @JoinColumn(name = "item_version_id"))
    @Column(name = "legal_source_code", updatable = false)
    private java.util.Set<String> sources = new TreeSet<>();

    /** An option as stored with its version. */
    @Embeddable
    public static class StoredOption {

        @Column(updatable = false)
        private String label;

        @Column(updatable = false)
        private String text;

        @Column(updatable = false)
        private boolean correct;

        protected StoredOption() {}

        StoredOption(ItemContent.Option option) {
            this.label = option.label();
            this.text = option.text();
            this.correct = option.correct();
        }

        ItemContent.Option toOption() {
            return new ItemContent.Option(label, text, correct);
        }
    }

    protected ItemVersion() {}

    ItemVersion(Item item, int versionNo, ItemContent content, Instant createdAt) {
        this.item = Objects.requireNonNull(item);
        this.versionNo = versionNo;
        this.contentHash = content.hash();
        this.type = content.type();
        this.theme = content.theme();
        this.legalDomain = content.legalDomain();
        this.caseText = content.caseText();
        this.question = content.question();
        this.rationale = content.rationale();
        this.createdAt = createdAt;
        this.titles.addAll(content.titles());
        content.options().forEach(option -> options.add(new StoredOption(option)));
        this.sources.addAll(content.sources());
    }

    public Long id() {
        return id;
    }

    public Item item() {
        return item;
    }

    public int versionNo() {
        return versionNo;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ItemContent content() {
        return new ItemContent(
                type,
                theme,
                legalDomain,
                new TreeSet<>(titles),
                caseText,
                question,
                options.stream().map(StoredOption::toOption).toList(),
                rationale,
                new TreeSet<>(sources));
    }

    public ItemType type() {
        return type;
    }

    public String theme() {
        return theme;
    }

    public String legalDomain() {
        return legalDomain;
    }

    public SortedSet<String> titles() {
        return new TreeSet<>(titles);
    }

    public SortedSet<String> sources() {
        return new TreeSet<>(sources);
    }
}
