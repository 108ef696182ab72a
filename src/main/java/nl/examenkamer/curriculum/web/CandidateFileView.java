package nl.examenkamer.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.curriculum.AdmissionService;
import nl.examenkamer.curriculum.AttendanceStatus;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.curriculum.RecordView;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;

/**
 * One candidate for the board: details, admission status, every provider's records (each can be
 * voided with a reason) and the account the candidate logs in with.
 */
@Named
@ViewScoped
public class CandidateFileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdmissionService admission;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private CandidateRegistry registry;

    @Inject
    private PageMessages messages;

    private String number;
    private AdmissionService.CandidateAdmission file;
    private List<RecordView> records;
    private RecordView selected;
    private String reason;
    private String username;
    private String problem;

    /** Called from the page's view action with the number in the address. */
    public void load() {
        if (number == null || number.isBlank()) {
            problem = messages.text("candidate.notChosen");
            return;
        }
        try {
            CandidateNumber candidate = CandidateNumber.typed(number)
                    .orElseThrow(() -> RuleViolation.notFound("candidate.notFound", number));
            file = admission.statusOf(candidate);
            records = curriculum.recordsOfCandidate(candidate);
            username = file.candidate().account();
        } catch (RuleViolation unknown) {
            file = null;
            problem = messages.text("candidate.notFound", number);
        }
    }

    /** The record as the board read it in the list: voiding refuses it if it changed since. */
    public void select(RecordView record) {
        selected = record;
        reason = null;
    }

    public void voidSelected() {
        try {
            curriculum.voidRecord(selected.id(), selected.version(), reason);
            messages.info("attendance.voided");
            load();
        } catch (RuleViolation violation) {
            messages.show(violation);
            if (violation.kind() == RuleViolation.Kind.CHANGED_MEANWHILE) {
                // the list and the dialog now show what the record holds; voiding that is a second choice
                load();
                records.stream()
                        .filter(record -> record.id() == selected.id())
                        .findFirst()
                        .ifPresent(record -> selected = record);
            }
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    public void linkAccount() {
        try {
            registry.linkAccount(CandidateNumber.parse(number), username);
            messages.info("candidate.accountLinked", username);
            load();
        } catch (RuleViolation violation) {
            messages.show(violation);
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    public boolean isActive(RecordView record) {
        return record.status() == AttendanceStatus.ACTIVE;
    }

    public AdmissionService.CandidateAdmission getFile() {
        return file;
    }

    public List<RecordView> getRecords() {
        return records;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReason() {
        return reason;
    }

    public RecordView getSelected() {
        return selected;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    /** Why the page has nothing to show (nothing chosen, or not found), or null when it has. */
    public String getProblem() {
        return problem;
    }
}
