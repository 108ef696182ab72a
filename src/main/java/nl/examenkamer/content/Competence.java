package nl.examenkamer.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A competence of the oral exam's framework: one of the ten core competencies or one of a title's
 * own (seed 002), with its definition and behavioural indicators (seeds 002 and 004). Oral exam
 * forms copy what they need when the exam is planned, so changing a competence here never changes
 * a form already in use.
 */
@Entity
@Table(name = "competence")
public class Competence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "scheme_code")
    private String schemeCode;

    private String name;

    @Enumerated(EnumType.STRING)
    private CompetenceScope scope;

    private int position;
    private String definition;

    @Column(name = "definition_source")
    private String definitionSource;

    private String note;
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competence_title", joinColumns = @JoinColumn(name = "competence_id"))
    @Column(name = "title")
    private Set<String> titles = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competence_indicator", joinColumns = @JoinColumn(name = "competence_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    @Version
    private long version;

    protected Competence() {}

    public Competence(String code) {
        this.code = Objects.requireNonNull(code);
    }

    public boolean apply(
            String newScheme,
            String newName,
            CompetenceScope newScope,
            int newPosition,
            Set<String> newTitles,
            String newDefinition,
            String newDefinitionSource,
            List<Indicator> newIndicators,
            String newNote) {
        boolean changed = !active
                || !Objects.equals(schemeCode, newScheme)
                || !Objects.equals(name, newName)
                || scope != newScope
                || position != newPosition
                || !new TreeSet<>(titles).equals(new TreeSet<>(newTitles))
                || !Objects.equals(definition, newDefinition)
                || !Objects.equals(definitionSource, newDefinitionSource)
                || !List.copyOf(indicators).equals(newIndicators)
                || !Objects.equals(note, newNote);
        if (changed) {
            schemeCode = newScheme;
            name = newName;
            scope = newScope;
            position = newPosition;
            titles.clear();
            titles.addAll(newTitles);
            definition = newDefinition;
            definitionSource = newDefinitionSource;
            indicators.clear();
            indicators.addAll(newIndicators);
            note = newNote;
            active = true;
        }
        return changed;
    }

    public boolean withdraw() {
        boolean changed = active;
        active = false;
        return changed;
    }

    public boolean appliesTo(String title) {
        return titles.contains(title);
    }

    public String code() {
        return code;
    }

    public String schemeCode() {
        return schemeCode;
    }

    public String name() {
        return name;
    }

    public CompetenceScope scope() {
        return scope;
    }

    public int position() {
        return position;
    }

    public Set<String> titles() {
        return new TreeSet<>(titles);
    }

    public String definition() {
        return definition;
    }

    public String definitionSource() {
        return definitionSource;
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }

    public String note() {
        return note;
    }

    public boolean isActive() {
        return active;
    }
}
