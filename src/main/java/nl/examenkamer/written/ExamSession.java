package nl.examenkamer.written;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.examenkamer.content.Blueprint;
import nl.examenkamer.content.CutScoreMethod;
import nl.examenkamer.shared.ClockProducer;
import nl.examenkamer.shared.MomentText;
import nl.examenkamer.shared.RuleViolation;

/**
 * A written exam session: one title's blueprint on one date, a start window, a duration, a place
 * (or online), a capacity and the access code the proctor hands out. The item versions it may draw
 * from are frozen when it is created. Scheduled → closed (every attempt scored) → published.
 */
@Entity
@Table(name = "exam_session")
public class ExamSession {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "written_seq")
    @SequenceGenerator(name = "written_seq", sequenceName = "written_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    private String name;

    @Column(name = "blueprint_code", updatable = false)
    private String blueprintCode;

    @Column(updatable = false)
    private String title;

    @Column(name = "exam_date")
    private LocalDate examDate;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_end")
    private Instant windowEnd;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "item_count", updatable = false)
    private int itemCount;

    @Column(name = "cut_score_percentage", updatable = false)
    private BigDecimal cutScorePercentage;

    @Enumerated(EnumType.STRING)
    @Column(name = "cut_score_method")
    private CutScoreMethod cutScoreMethod = CutScoreMethod.PERCENTAGE_OF_MAXIMUM;

    @Enumerated(EnumType.STRING)
    @Column(name = "alternative_cut_score_method", updatable = false)
    private CutScoreMethod alternativeCutScoreMethod;

    @Column(name = "cohen_schotanus_percentage")
    private BigDecimal cohenSchotanusPercentage;

    @Column(name = "default_extra_percentage")
    private int defaultExtraPercentage;

    private String location;

    private int capacity;

    @Column(name = "access_code")
    private String accessCode;

    @Enumerated(EnumType.STRING)
    private SessionStatus status;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "inzage_request_until")
    private Instant inzageRequestUntil;

    // read once per session, when its pool is built (FormPools): not with every start and form read
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "exam_session_cell", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<Blueprint.Cell> cells = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "exam_session_pool", joinColumns = @JoinColumn(name = "session_id"))
    private List<PoolEntry> pool = new ArrayList<>();

    @Version
    private long version;

    /** An item version this session may draw for a cell. */
    @Embeddable
    public static class PoolEntry {

        @Column(name = "cell_position")
        private int cellPosition;

        @Column(name = "item_version_id")
        private long itemVersionId;

        protected PoolEntry() {}

        public PoolEntry(int cellPosition, long itemVersionId) {
            this.cellPosition = cellPosition;
            this.itemVersionId = itemVersionId;
        }

        public int cellPosition() {
            return cellPosition;
        }

        public long itemVersionId() {
            return itemVersionId;
        }
    }

    /** What the board decides when planning a session. */
    public record Plan(
            String code,
            String name,
            LocalDate examDate,
            Instant windowStart,
            Instant windowEnd,
            int durationMinutes,
            Integer defaultExtraPercentage,
            String location,
            int capacity) {}

    protected ExamSession() {}

    public ExamSession(
            Plan plan,
            String blueprintCode,
            String title,
            int itemCount,
            BigDecimal cutScorePercentage,
            CutScoreMethod alternativeCutScoreMethod,
            List<Blueprint.Cell> cells,
            List<PoolEntry> pool,
            String accessCode,
            Instant createdAt,
            String createdBy) {
        this.code = Objects.requireNonNull(plan.code());
        this.blueprintCode = blueprintCode;
        this.title = title;
        this.itemCount = itemCount;
        this.cutScorePercentage = cutScorePercentage;
        this.alternativeCutScoreMethod = alternativeCutScoreMethod;
        this.cells.addAll(cells);
        this.pool.addAll(pool);
        this.accessCode = accessCode;
        this.status = SessionStatus.SCHEDULED;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        replan(plan);
        // a window that closed before the session exists is a slip in the date, not a plan
        if (!windowEnd.isAfter(createdAt)) {
            throw RuleViolation.invalid("session.window.past", MomentText.of(windowEnd));
        }
    }

    /** Date, window, duration, place and capacity may change until the session is closed. */
    public void replan(Plan plan) {
        requireScheduled();
        if (!plan.windowEnd().isAfter(plan.windowStart())) {
            throw RuleViolation.invalid("session.window.order");
        }
        // The date is what candidates, the proctor's view and the lists show: a window that opens on
        // another day in the Netherlands would have them all show the wrong day.
        if (!LocalDate.ofInstant(plan.windowStart(), ClockProducer.ZONE).equals(plan.examDate())) {
            throw RuleViolation.invalid("session.window.date", plan.examDate());
        }
        if (plan.durationMinutes() < 1 || plan.durationMinutes() > 600) {
            throw RuleViolation.invalid("session.duration.range");
        }
        if (plan.capacity() < 1) {
            throw RuleViolation.invalid("session.capacity.range");
        }
        if (plan.defaultExtraPercentage() == null
                || plan.defaultExtraPercentage() < 0
                || plan.defaultExtraPercentage() > 100) {
            throw RuleViolation.invalid("session.extra.range");
        }
        this.name = plan.name();
        this.examDate = plan.examDate();
        this.windowStart = plan.windowStart();
        this.windowEnd = plan.windowEnd();
        this.durationMinutes = plan.durationMinutes();
        this.defaultExtraPercentage = plan.defaultExtraPercentage();
        this.location = plan.location() == null || plan.location().isBlank()
                ? null
                : plan.location().strip();
        this.capacity = plan.capacity();
    }

    /** Whether a candidate may start now: scheduled, and inside the start window. */
    public void requireStartableAt(Instant now) {
        requireScheduled();
        if (now.isBefore(windowStart)) {
            throw RuleViolation.conflict("attempt.start.tooEarly", MomentText.of(windowStart));
        }
        if (!now.isBefore(windowEnd)) {
            throw RuleViolation.conflict("attempt.start.windowClosed");
        }
    }

    public SessionPhase phaseAt(Instant now) {
        return SessionPhase.of(status, windowStart, windowEnd, now);
    }

    public void close(Instant now) {
        requireScheduled();
        status = SessionStatus.CLOSED;
        closedAt = now;
    }

    /** Publishes the results; a candidate may ask for an inspection for the scheme's period from now. */
    public void publish(Instant now, Duration inzageRequestPeriod) {
        if (status != SessionStatus.CLOSED) {
            throw RuleViolation.conflict("session.publish.notClosed");
        }
        status = SessionStatus.PUBLISHED;
        publishedAt = now;
        inzageRequestUntil = now.plus(inzageRequestPeriod);
    }

    /**
     * Whether the cut score may now be set by this method: between closing and publication, and only
     * by the fixed percentage or the alternative method the blueprint allows.
     */
    public void requireCutScoreChangeable(CutScoreMethod method) {
        if (status == SessionStatus.SCHEDULED) {
            throw RuleViolation.conflict("cutScore.session.notClosed");
        }
        if (status == SessionStatus.PUBLISHED) {
            throw RuleViolation.conflict("cutScore.session.published");
        }
        if (method != CutScoreMethod.PERCENTAGE_OF_MAXIMUM && method != alternativeCutScoreMethod) {
            throw RuleViolation.conflict("cutScore.method.notAllowed", method.name(), blueprintCode);
        }
    }

    /** Sets the cut score by the fixed percentage, or by Cohen-Schotanus with the percentage it gave. */
    public void applyCutScore(CutScoreMethod method, BigDecimal cohenSchotanus) {
        requireCutScoreChangeable(method);
        cohenSchotanusPercentage =
                method == CutScoreMethod.COHEN_SCHOTANUS ? Objects.requireNonNull(cohenSchotanus) : null;
        cutScoreMethod = method;
    }

    public void requireScheduled() {
        if (status != null && status != SessionStatus.SCHEDULED) {
            throw RuleViolation.conflict("session.notScheduled", code);
        }
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String blueprintCode() {
        return blueprintCode;
    }

    public String title() {
        return title;
    }

    public LocalDate examDate() {
        return examDate;
    }

    public Instant windowStart() {
        return windowStart;
    }

    public Instant windowEnd() {
        return windowEnd;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public int itemCount() {
        return itemCount;
    }

    /** The blueprint's fixed percentage of the maximum, also while another method is in force. */
    public BigDecimal cutScorePercentage() {
        return cutScorePercentage;
    }

    /** The percentage of each attempt's maximum that passes, by the method in force. */
    public BigDecimal cutScorePercentageInForce() {
        return cutScoreMethod == CutScoreMethod.COHEN_SCHOTANUS ? cohenSchotanusPercentage : cutScorePercentage;
    }

    public CutScoreMethod cutScoreMethod() {
        return cutScoreMethod;
    }

    public CutScoreMethod alternativeCutScoreMethod() {
        return alternativeCutScoreMethod;
    }

    public int defaultExtraPercentage() {
        return defaultExtraPercentage;
    }

    /**
     * The extra time of an enrolment: the percentage asked for, or, for an accommodation given with
     * its reason but no percentage, this session's default; none without either.
     */
    public int extraTimeFor(Integer percentage, String accommodationReason) {
        if (percentage != null) {
            return percentage;
        }
        return accommodationReason == null || accommodationReason.isBlank() ? 0 : defaultExtraPercentage;
    }

    public String location() {
        return location;
    }

    public boolean online() {
        return location == null;
    }

    public int capacity() {
        return capacity;
    }

    public String accessCode() {
        return accessCode;
    }

    public SessionStatus status() {
        return status;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** Until when a candidate may ask for an inspection; null until the results are published. */
    public Instant inzageRequestUntil() {
        return inzageRequestUntil;
    }

    public List<Blueprint.Cell> cells() {
        return List.copyOf(cells);
    }

    public List<PoolEntry> pool() {
        return List.copyOf(pool);
    }
}
