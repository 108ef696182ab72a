package nl.examenkamer.curriculum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.examenkamer.identity.ProviderOrganisation;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.RuleViolation;

/**
 * A module of a training provider's programme: exactly one curriculum theme, the contact hours and
 * study-load hours it offers, and the learning outcomes it covers. The theme is fixed once the
 * module exists, because attendance records count towards it.
 */
@Entity
@Table(name = "training_module")
public class TrainingModule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_seq")
    @SequenceGenerator(name = "curriculum_seq", sequenceName = "curriculum_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_id", updatable = false)
    private ProviderOrganisation provider;

    @Column(nullable = false, updatable = false)
    private String code;

    private String title;

    @Column(name = "theme_code", updatable = false)
    private String theme;

    @Column(name = "contact_hours")
    private BigDecimal contactHours;

    @Column(name = "study_load_hours")
    private BigDecimal studyLoadHours;

    private boolean active;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_module_outcome", joinColumns = @JoinColumn(name = "module_id"))
    @Column(name = "outcome_code")
    private Set<String> outcomes = new TreeSet<>();

    @Version
    private long version;

    protected TrainingModule() {}

    public TrainingModule(
            ProviderOrganisation provider,
            String code,
            String title,
            String theme,
            Hours contact,
            Hours studyLoad,
            Set<String> outcomes,
            Instant createdAt) {
        this.provider = Objects.requireNonNull(provider);
        this.code = Objects.requireNonNull(code);
        this.theme = Objects.requireNonNull(theme);
        this.createdAt = createdAt;
        this.active = true;
        offer(title, contact, studyLoad, outcomes);
    }

    /**
     * Changes what the module offers; the theme and code stay. A person revises the module as they
     * saw it ({@code seenVersion}); when someone else changed it since, the revision is refused with
     * what is stored now, so that the other change is not overwritten unseen. Without a version (an
     * API client that sends none) the revision applies to the module as it is.
     */
    public void revise(Long seenVersion, String newTitle, Hours contact, Hours studyLoad, Set<String> newOutcomes) {
        if (seenVersion != null && seenVersion != version) {
            throw RuleViolation.changedMeanwhile(
                    "module.changedMeanwhile", code, title, contactHours, studyLoadHours, outcomes.size());
        }
        offer(newTitle, contact, studyLoad, newOutcomes);
    }

    private void offer(String newTitle, Hours contact, Hours studyLoad, Set<String> newOutcomes) {
        this.title = Objects.requireNonNull(newTitle);
        this.contactHours = contact.value();
        this.studyLoadHours = studyLoad.value();
        this.outcomes.clear();
        this.outcomes.addAll(newOutcomes);
    }

    public void deactivate() {
        active = false;
    }

    public Long id() {
        return id;
    }

    public ProviderOrganisation provider() {
        return provider;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String theme() {
        return theme;
    }

    public Hours contactHours() {
        return Hours.of(contactHours);
    }

    public Hours studyLoadHours() {
        return Hours.of(studyLoadHours);
    }

    public Set<String> outcomes() {
        return new TreeSet<>(outcomes);
    }

    public boolean isActive() {
        return active;
    }

    /** Which version of the module this is: each revision counts up. */
    public long version() {
        return version;
    }
}
