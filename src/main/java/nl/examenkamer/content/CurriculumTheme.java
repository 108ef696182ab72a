package nl.examenkamer.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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

/**
 * A theme of the basic curriculum (seed 002): Arbeid en gezondheid, Arbeid en organisatie,
 * Wettelijk kader, Professionaliseren; with its learning outcomes for the basis and per title.
 */
@Entity
@Table(name = "curriculum_theme")
public class CurriculumTheme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    private String name;
    private int position;
    private String source;
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "learning_outcome", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    private List<LearningOutcome> outcomes = new ArrayList<>();

    @Version
    private long version;

    protected CurriculumTheme() {}

    public CurriculumTheme(String code) {
        this.code = Objects.requireNonNull(code);
    }

    public boolean apply(String newName, int newPosition, String newSource, List<LearningOutcome> newOutcomes) {
        boolean changed = !active
                || !Objects.equals(name, newName)
                || position != newPosition
                || !Objects.equals(source, newSource)
                || !List.copyOf(outcomes).equals(newOutcomes);
        if (changed) {
            name = newName;
            position = newPosition;
            source = newSource;
            outcomes.clear();
            outcomes.addAll(newOutcomes);
            active = true;
        }
        return changed;
    }

    public boolean withdraw() {
        boolean changed = active;
        active = false;
        return changed;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public String source() {
        return source;
    }

    public List<LearningOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    public boolean isActive() {
        return active;
    }
}
