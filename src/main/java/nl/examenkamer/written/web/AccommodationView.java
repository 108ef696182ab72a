package nl.examenkamer.written.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.ExamSessionService;
import nl.examenkamer.written.ProctorRow;

/**
 * The dialog on a session's page that changes one candidate's extra time before they start: a
 * statement that arrived after the enrolment. Keeps only the candidate's number and the form fields.
 */
@Named
@ViewScoped
public class AccommodationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExamSessionService service;

    @Inject
    private PageMessages messages;

    private String code;
    private String candidate;
    private String candidateNumber;
    private Integer extraTimePercentage;
    private String reason;

    /** Opens the dialog for this row, with the candidate's current percentage. */
    public void choose(ProctorRow row) {
        candidate = row.candidateNumber() + " · " + row.fullName();
        candidateNumber = row.candidateNumber();
        extraTimePercentage = row.extraTimePercentage();
        reason = null;
    }

    public void change() {
        try {
            ExamSessionService.AccommodationChanged changed =
                    service.changeAccommodation(code, candidateNumber, extraTimePercentage, reason);
            if (changed.candidateMailed()) {
                messages.info(
                        "enrolment.accommodation.changed", candidate, changed.extraTimePercentage(), changed.minutes());
            } else if (changed.reasonChanged()) {
                messages.info("enrolment.accommodation.reasonOnly", candidate);
            } else {
                messages.info("enrolment.accommodation.unchanged", candidate);
            }
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCandidate() {
        return candidate;
    }

    public Integer getExtraTimePercentage() {
        return extraTimePercentage;
    }

    public void setExtraTimePercentage(Integer extraTimePercentage) {
        this.extraTimePercentage = extraTimePercentage;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
