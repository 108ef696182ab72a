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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The blueprint (toetsmatrijs) of the written exam for one title: how many items each cell of
 * theme and legal domain contributes, the duration and the cut-score method. A form is drawn from
 * it; the blueprint itself never holds items.
 */
@Entity
@Table(name = "blueprint")
public class Blueprint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    private String name;

    @Column(name = "scheme_code")
    private String schemeCode;

    private String title;

    @Column(name = "item_count")
    private int itemCount;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "cut_score_method")
    private CutScoreMethod cutScoreMethod;

    @Column(name = "cut_score_percentage")
    private BigDecimal cutScorePercentage;

    @Enumerated(EnumType.STRING)
    @Column(name = "alternative_cut_score_method")
    private CutScoreMethod alternativeCutScoreMethod;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "blueprint_cell", joinColumns = @JoinColumn(name = "blueprint_id"))
    @OrderColumn(name = "position")
    private List<Cell> cells = new ArrayList<>();

    @Version
    private long version;

    /** One cell of the matrix: this many items of this theme and legal domain. */
    @Embeddable
    public static class Cell {

        @Column(name = "theme_code")
        private String theme;

        @Column(name = "legal_domain")
        private String legalDomain;

        @Column(name = "item_count")
        private int items;

        protected Cell() {}

        public Cell(String theme, String legalDomain, int items) {
            this.theme = theme;
            this.legalDomain = legalDomain;
            this.items = items;
        }

        public String theme() {
            return theme;
        }

        public String legalDomain() {
            return legalDomain;
        }

        public int items() {
            return items;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Cell that
                    && items == that.items
                    && Objects.equals(theme, that.theme)
                    && Objects.equals(legalDomain, that.legalDomain);
        }

        @Override
        public int hashCode() {
            return Objects.hash(theme, legalDomain, items);
        }
    }

    protected Blueprint() {}

    public Blueprint(String code) {
        this.code = Objects.requireNonNull(code);
    }

    public boolean apply(
            String newName,
            String newScheme,
            String newTitle,
            int newItemCount,
            int newDuration,
            CutScoreMethod newMethod,
            BigDecimal newPercentage,
            CutScoreMethod newAlternative,
            List<Cell> newCells) {
        boolean changed = !active
                || !Objects.equals(name, newName)
                || !Objects.equals(schemeCode, newScheme)
                || !Objects.equals(title, newTitle)
                || itemCount != newItemCount
                || durationMinutes != newDuration
                || cutScoreMethod != newMethod
                || cutScorePercentage == null
                || cutScorePercentage.compareTo(newPercentage) != 0
                || alternativeCutScoreMethod != newAlternative
                || !List.copyOf(cells).equals(newCells);
        if (changed) {
            name = newName;
            schemeCode = newScheme;
            title = newTitle;
            itemCount = newItemCount;
            durationMinutes = newDuration;
            cutScoreMethod = newMethod;
            cutScorePercentage = newPercentage;
            alternativeCutScoreMethod = newAlternative;
            cells.clear();
            cells.addAll(newCells);
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

    public String schemeCode() {
        return schemeCode;
    }

    public String title() {
        return title;
    }

    public int itemCount() {
        return itemCount;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public CutScoreMethod cutScoreMethod() {
        return cutScoreMethod;
    }

    public BigDecimal cutScorePercentage() {
        return cutScorePercentage;
    }

    public CutScoreMethod alternativeCutScoreMethod() {
        return alternativeCutScoreMethod;
    }

    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    public boolean isActive() {
        return active;
    }
}
