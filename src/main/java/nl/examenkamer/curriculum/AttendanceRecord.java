package nl.examenkamer.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import java.util.Objects;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.ProviderOrganisation;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.MomentText;
import nl.examenkamer.shared.RuleViolation;

/**
 * That a candidate followed a module of a provider on a date, with the contact hours actually
 * attended (at most the module's) and the study-load hours.
 *
 * <p>Life cycle: recorded ACTIVE by the provider, under the provider's own row id (which makes a
 * repeated upload harmless); the provider may correct it or withdraw it, the board may void it,
 * always with a reason that goes to the audit log together with the values before and after.
 * A withdrawn or voided record is kept but no longer counts.
 */
@Entity
@Table(name = "attendance_record")
public class AttendanceRecord implements HoursTally.Entry, AttendanceCheck.Earlier {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "curriculum_seq")
    @SequenceGenerator(name = "curriculum_seq", sequenceName = "curriculum_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_id", updatable = false)
    private ProviderOrganisation provider;

    @Column(name = "provider_row_id", updatable = false)
    private String rowId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "candidate_id", updatable = false)
    private Candidate candidate;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private TrainingModule module;

    @Column(name = "theme_code")
    private String theme;

    @Column(name = "attended_on")
    private LocalDate attendedOn;

    @Column(name = "contact_hours")
    private BigDecimal contactHours;

    @Column(name = "study_load_hours")
    private BigDecimal studyLoadHours;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    @Column(name = "recorded_at", updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "change_reason")
    private String changeReason;

    @Version
    private long version;

    protected AttendanceRecord() {}

    public AttendanceRecord(
            ProviderOrganisation provider,
            String rowId,
            Candidate candidate,
            TrainingModule module,
            LocalDate attendedOn,
            Hours contact,
            Hours studyLoad,
            Instant now,
            String by) {
        this.provider = Objects.requireNonNull(provider);
        this.rowId = Objects.requireNonNull(rowId);
        this.candidate = Objects.requireNonNull(candidate);
        this.module = Objects.requireNonNull(module);
        this.theme = module.theme();
        this.attendedOn = Objects.requireNonNull(attendedOn);
        this.contactHours = contact.value();
        this.studyLoadHours = studyLoad.value();
        this.status = AttendanceStatus.ACTIVE;
        this.recordedAt = now;
        this.recordedBy = by;
    }

    /** True when this record says exactly what a re-upload under the same row id says. */
    @Override
    public boolean sameAs(String candidateNumber, String moduleCode, LocalDate date, Hours contact, Hours studyLoad) {
        return candidate.number().value().equals(candidateNumber)
                && module.code().equals(moduleCode)
                && attendedOn.equals(date)
                && contact().equals(contact)
                && studyLoad().equals(studyLoad);
    }

    /**
     * Corrects the record as the provider saw it ({@code seenVersion}; null: as it is now). When
     * someone changed it since, the correction is refused with who changed it, when, and what the
     * record says now: a second correction must not silently replace the first.
     */
    public void correct(
            Long seenVersion,
            TrainingModule newModule,
            LocalDate date,
            Hours contact,
            Hours studyLoad,
            String reason,
            Instant now,
            String by) {
        requireActive();
        requireUnchangedSince(seenVersion, "attendance.changedMeanwhile");
        this.module = newModule;
        this.theme = newModule.theme();
        this.attendedOn = date;
        this.contactHours = contact.value();
        this.studyLoadHours = studyLoad.value();
        changed(reason, now, by);
    }

    /** Withdraws the record as the provider saw it; refused like a correction when it changed since. */
    public void withdraw(Long seenVersion, String reason, Instant now, String by) {
        requireActive();
        requireUnchangedSince(seenVersion, "attendance.changedMeanwhile.withdraw");
        this.status = AttendanceStatus.WITHDRAWN;
        changed(reason, now, by);
    }

    /** Voids the record as the board saw it: a board member voids what they read, not a later correction. */
    public void voidByBoard(Long seenVersion, String reason, Instant now, String by) {
        requireActive();
        requireUnchangedSince(seenVersion, "attendance.changedMeanwhile.void");
        this.status = AttendanceStatus.VOIDED;
        changed(reason, now, by);
    }

    private void requireUnchangedSince(Long seenVersion, String messageKey) {
        if (seenVersion != null && seenVersion != version) {
            throw RuleViolation.changedMeanwhile(
                    messageKey,
                    rowId,
                    changedBy == null ? recordedBy : changedBy,
                    MomentText.of(changedAt == null ? recordedAt : changedAt),
                    module.code(),
                    attendedOn.toString(),
                    contactHours,
                    studyLoadHours);
        }
    }

    private void requireActive() {
        if (status != AttendanceStatus.ACTIVE) {
            throw new IllegalStateException("record " + rowId + " is " + status);
        }
    }

    private void changed(String reason, Instant now, String by) {
        this.changeReason = Objects.requireNonNull(reason);
        this.changedAt = now;
        this.changedBy = by;
    }

    /** Which version of the record this is: each change counts up. */
    public long version() {
        return version;
    }

    /** The record's values, as the audit log quotes them before and after a change. */
    public String describe() {
        return module.code() + " " + attendedOn + " contact=" + contact() + " studyLoad=" + studyLoad() + " " + status;
    }

    public Long id() {
        return id;
    }

    public ProviderOrganisation provider() {
        return provider;
    }

    public String rowId() {
        return rowId;
    }

    public Candidate candidate() {
        return candidate;
    }

    public TrainingModule module() {
        return module;
    }

    @Override
    public String theme() {
        return theme;
    }

    public LocalDate attendedOn() {
        return attendedOn;
    }

    @Override
    public Hours contact() {
        return Hours.of(contactHours);
    }

    @Override
    public Hours studyLoad() {
        return Hours.of(studyLoadHours);
    }

    @Override
    public AttendanceStatus status() {
        return status;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String changeReason() {
        return changeReason;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }
}
