package nl.examenkamer.oral;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One planned oral exam: the candidate, the title, when and where, the two examiners (one chairs),
 * the calendar event everyone holds, and the scoring form with the scheme's rules as they were
 * when it was planned.
 */
@Entity
@Table(name = "oral_exam")
public class OralExam {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oral_seq")
    @SequenceGenerator(name = "oral_seq", sequenceName = "oral_seq", allocationSize = 50)
    private Long id;

    @Column(name = "candidate_number", updatable = false)
    private String candidateNumber;

    @Column(updatable = false)
    private String title;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "room_id")
    private OralRoom room;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "exam_minutes")
    private int examMinutes;

    @Column(name = "deliberation_minutes")
    private int deliberationMinutes;

    @Column(name = "chair_username")
    private String chair;

    @Column(name = "second_username")
    private String second;

    @Enumerated(EnumType.STRING)
    private OralExamStatus status;

    @Column(name = "calendar_uid", updatable = false)
    private String calendarUid;

    @Column(name = "calendar_sequence")
    private int calendarSequence;

    @Column(name = "scheme_code", updatable = false)
    private String schemeCode;

    @Column(name = "scale_code", updatable = false)
    private String scaleCode;

    @Column(name = "minimum_level", updatable = false)
    private int minimumLevel;

    @Column(name = "reason_at_or_below", updatable = false)
    private int reasonAtOrBelow;

    @Column(name = "gap_needing_reason", updatable = false)
    private int gapNeedingReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oral_form_competence", joinColumns = @JoinColumn(name = "exam_id"))
    @OrderColumn(name = "position")
    private List<FormCompetence> competences = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "oral_form_level", joinColumns = @JoinColumn(name = "exam_id"))
    @OrderBy("level")
    private List<FormLevel> levels = new ArrayList<>();

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Version
    private long version;

    /** The scheme's rules as the form freezes them. */
    public record Rules(
            String schemeCode, String scaleCode, int minimumLevel, int reasonAtOrBelow, int gapNeedingReason) {}

    protected OralExam() {}

    public OralExam(
            String candidateNumber,
            String title,
            OralRoom room,
            ExamSlot slot,
            String chair,
            String second,
            String calendarUid,
            Rules rules,
            List<FormCompetence> competences,
            List<FormLevel> levels,
            Instant createdAt,
            String createdBy) {
        this.candidateNumber = Objects.requireNonNull(candidateNumber);
        this.title = Objects.requireNonNull(title);
        this.calendarUid = Objects.requireNonNull(calendarUid);
        this.schemeCode = rules.schemeCode();
        this.scaleCode = rules.scaleCode();
        this.minimumLevel = rules.minimumLevel();
        this.reasonAtOrBelow = rules.reasonAtOrBelow();
        this.gapNeedingReason = rules.gapNeedingReason();
        this.competences.addAll(competences);
        this.levels.addAll(levels);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = OralExamStatus.PLANNED;
        this.calendarSequence = 0;
        place(room, slot, chair, second);
    }

    private void place(OralRoom newRoom, ExamSlot slot, String newChair, String newSecond) {
        room = newRoom;
        startsAt = slot.start().toInstant();
        examMinutes = slot.examMinutes();
        deliberationMinutes = slot.deliberationMinutes();
        chair = newChair;
        second = newSecond;
    }

    /** Moves the exam; everyone's calendar event is updated, so its sequence goes up. */
    public void reschedule(OralRoom newRoom, ExamSlot slot, String newChair, String newSecond) {
        place(newRoom, slot, newChair, newSecond);
        calendarSequence++;
    }

    public void cancel() {
        status = OralExamStatus.CANCELLED;
        calendarSequence++;
    }

    public void release(Instant at, String by) {
        status = OralExamStatus.RELEASED;
        releasedAt = at;
        releasedBy = by;
    }

    public boolean isExaminer(String username) {
        return username != null && (username.equals(chair) || username.equals(second));
    }

    public ExamSlot slot() {
        return new ExamSlot(startsAt.atZone(ExamSlot.ZONE), examMinutes, deliberationMinutes);
    }

    public ScoringRules scoringRules() {
        return new ScoringRules(
                levels.get(0).level(), levels.get(levels.size() - 1).level(), reasonAtOrBelow, gapNeedingReason);
    }

    public PassRule passRule() {
        return new PassRule(minimumLevel);
    }

    public List<String> competenceCodes() {
        return competences.stream().map(FormCompetence::code).toList();
    }

    public PlanningRules.Booking booking() {
        return new PlanningRules.Booking(id, candidateNumber, room.id(), slot(), chair, second);
    }

    public Long id() {
        return id;
    }

    public String candidateNumber() {
        return candidateNumber;
    }

    public String title() {
        return title;
    }

    public OralRoom room() {
        return room;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String chair() {
        return chair;
    }

    public String second() {
        return second;
    }

    public OralExamStatus status() {
        return status;
    }

    public String calendarUid() {
        return calendarUid;
    }

    public int calendarSequence() {
        return calendarSequence;
    }

    public List<FormCompetence> competences() {
        return List.copyOf(competences);
    }

    public List<FormLevel> levels() {
        return List.copyOf(levels);
    }

    public Instant releasedAt() {
        return releasedAt;
    }
}
