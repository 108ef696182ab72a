package nl.examenkamer.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The scale an oral examiner rates each competence on: 1 Onvoldoende, 2 Basis, 3 Vakbekwaam,
 * 4 Vakvolwassen, with the level descriptions of the Standaard vakvolwassenheid (seed 003).
 */
@Entity
@Table(name = "rating_scale")
public class RatingScale {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    private String name;
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rating_level", joinColumns = @JoinColumn(name = "scale_id"))
    @OrderBy("rating")
    private List<Level> levels = new ArrayList<>();

    @Version
    private long version;

    /** One step of the scale. */
    @Embeddable
    public static class Level {

        private int rating;
        private String name;
        private String description;
        private String source;

        protected Level() {}

        public Level(int rating, String name, String description, String source) {
            this.rating = rating;
            this.name = name;
            this.description = description;
            this.source = source;
        }

        public int rating() {
            return rating;
        }

        public String name() {
            return name;
        }

        public String description() {
            return description;
        }

        public String source() {
            return source;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Level that
                    && rating == that.rating
                    && Objects.equals(name, that.name)
                    && Objects.equals(description, that.description)
                    && Objects.equals(source, that.source);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rating, name, description, source);
        }
    }

    protected RatingScale() {}

    public RatingScale(String code) {
        this.code = Objects.requireNonNull(code);
    }

    public boolean apply(String newName, List<Level> newLevels) {
        boolean changed = !active
                || !Objects.equals(name, newName)
                || !List.copyOf(levels).equals(newLevels);
        if (changed) {
            name = newName;
            levels.clear();
            levels.addAll(newLevels);
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

    public List<Level> levels() {
        return List.copyOf(levels);
    }
}
