package nl.examenkamer.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import nl.examenkamer.shared.Hours;

/**
 * A candidate's counting hours on one theme: the sum of their ACTIVE records, rewritten whenever
 * those records change (see {@link HoursLedger}). It exists so that the board's list of thousands of
 * candidates reads a few rows per candidate instead of adding up every record.
 */
@Entity
@Table(name = "candidate_hours")
@IdClass(CandidateHours.Key.class)
public class CandidateHours {

    @Id
    @Column(name = "candidate_id")
    private Long candidateId;

    @Id
    @Column(name = "theme_code")
    private String theme;

    @Column(name = "contact_hours")
    private BigDecimal contactHours;

    @Column(name = "study_load_hours")
    private BigDecimal studyLoadHours;

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long candidateId;
        private String theme;

        public Key() {}

        public Key(Long candidateId, String theme) {
            this.candidateId = candidateId;
            this.theme = theme;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that
                    && Objects.equals(candidateId, that.candidateId)
                    && Objects.equals(theme, that.theme);
        }

        @Override
        public int hashCode() {
            return Objects.hash(candidateId, theme);
        }
    }

    protected CandidateHours() {}

    public CandidateHours(Long candidateId, ThemeHours hours) {
        this.candidateId = candidateId;
        this.theme = hours.theme();
        this.contactHours = hours.contact().value();
        this.studyLoadHours = hours.studyLoad().value();
    }

    public Long candidateId() {
        return candidateId;
    }

    public ThemeHours hours() {
        return new ThemeHours(theme, Hours.of(contactHours), Hours.of(studyLoadHours));
    }
}
