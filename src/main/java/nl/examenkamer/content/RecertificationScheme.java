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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A re-certification scheme (seed 000): PE points (activity hours excluding breaks divided by two,
 * at most four per activity, at most ten from peer consultation, 32 required), intervision
 * reports, the work statement and the experience statement.
 */
@Entity
@Table(name = "recertification_scheme")
public class RecertificationScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    private String name;
    private String owner;

    @Column(name = "activity_hours_per_point")
    private BigDecimal activityHoursPerPoint;

    @Column(name = "max_points_per_activity")
    private BigDecimal maxPointsPerActivity;

    @Column(name = "max_peer_consultation_points")
    private BigDecimal maxPeerConsultationPoints;

    @Column(name = "required_points")
    private BigDecimal requiredPoints;

    @Column(name = "min_intervision_reports")
    private int minIntervisionReports;

    @Column(name = "work_years_required")
    private int workYearsRequired;

    @Column(name = "work_window_years")
    private int workWindowYears;

    @Column(name = "min_average_fte")
    private BigDecimal minAverageFte;

    @Column(name = "starr_examples_per_competency")
    private int starrExamplesPerCompetency;

    @Column(name = "strengths_per_competency")
    private int strengthsPerCompetency;

    @Column(name = "development_points_per_competency")
    private int developmentPointsPerCompetency;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "recertification_competency", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    private List<Competency> competencies = new ArrayList<>();

    @Version
    private long version;

    /** A competency the experience statement covers, with its group (bedrijfscompetentie, specifiek). */
    @jakarta.persistence.Embeddable
    public static class Competency {

        private String name;

        @Column(name = "grp")
        private String group;

        protected Competency() {}

        public Competency(String name, String group) {
            this.name = name;
            this.group = group;
        }

        public String name() {
            return name;
        }

        public String group() {
            return group;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Competency that
                    && Objects.equals(name, that.name)
                    && Objects.equals(group, that.group);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, group);
        }
    }

    protected RecertificationScheme() {}

    public RecertificationScheme(String code) {
        this.code = Objects.requireNonNull(code);
    }

    /** Takes over every rule from the document; true when anything changed. */
    public boolean apply(nl.examenkamer.content.importing.Documents.RecertificationScheme document) {
        List<Competency> newCompetencies = document.competencies().stream()
                .map(c -> new Competency(c.name(), c.group()))
                .toList();
        boolean changed = !active
                || !Objects.equals(name, document.name())
                || !Objects.equals(owner, document.owner())
                || different(activityHoursPerPoint, document.activityHoursPerPoint())
                || different(maxPointsPerActivity, document.maxPointsPerActivity())
                || different(maxPeerConsultationPoints, document.maxPeerConsultationPoints())
                || different(requiredPoints, document.requiredPoints())
                || minIntervisionReports != document.minIntervisionReports()
                || workYearsRequired != document.workYearsRequired()
                || workWindowYears != document.workWindowYears()
                || different(minAverageFte, document.minAverageFte())
                || starrExamplesPerCompetency != document.starrExamplesPerCompetency()
                || strengthsPerCompetency != document.strengthsPerCompetency()
                || developmentPointsPerCompetency != document.developmentPointsPerCompetency()
                || !List.copyOf(competencies).equals(newCompetencies);
        if (changed) {
            name = document.name();
            owner = document.owner();
            activityHoursPerPoint = document.activityHoursPerPoint();
            maxPointsPerActivity = document.maxPointsPerActivity();
            maxPeerConsultationPoints = document.maxPeerConsultationPoints();
            requiredPoints = document.requiredPoints();
            minIntervisionReports = document.minIntervisionReports();
            workYearsRequired = document.workYearsRequired();
            workWindowYears = document.workWindowYears();
            minAverageFte = document.minAverageFte();
            starrExamplesPerCompetency = document.starrExamplesPerCompetency();
            strengthsPerCompetency = document.strengthsPerCompetency();
            developmentPointsPerCompetency = document.developmentPointsPerCompetency();
            competencies.clear();
            competencies.addAll(newCompetencies);
            active = true;
        }
        return changed;
    }

    private static boolean different(BigDecimal a, BigDecimal b) {
        return a == null ? b != null : b == null || a.compareTo(b) != 0;
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

    public String owner() {
        return owner;
    }

    public BigDecimal activityHoursPerPoint() {
        return activityHoursPerPoint;
    }

    public BigDecimal maxPointsPerActivity() {
        return maxPointsPerActivity;
    }

    public BigDecimal maxPeerConsultationPoints() {
        return maxPeerConsultationPoints;
    }

    public BigDecimal requiredPoints() {
        return requiredPoints;
    }

    public int minIntervisionReports() {
        return minIntervisionReports;
    }

    public int workYearsRequired() {
        return workYearsRequired;
    }

    public int workWindowYears() {
        return workWindowYears;
    }

    public BigDecimal minAverageFte() {
        return minAverageFte;
    }

    public int starrExamplesPerCompetency() {
        return starrExamplesPerCompetency;
    }

    public int strengthsPerCompetency() {
        return strengthsPerCompetency;
    }

    public int developmentPointsPerCompetency() {
        return developmentPointsPerCompetency;
    }

    public List<Competency> competencies() {
        return List.copyOf(competencies);
    }
}
