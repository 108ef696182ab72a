package nl.examenkamer.written.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.identity.web.CandidatePicker;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.Downloads;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.AttemptStatus;
import nl.examenkamer.written.EnrolmentRejected;
import nl.examenkamer.written.ExamSessionService;
import nl.examenkamer.written.ProctorRow;
import nl.examenkamer.written.ProctorSummary;
import nl.examenkamer.written.SessionResultsCsv;
import nl.examenkamer.written.SessionResultsService;
import nl.examenkamer.written.SessionStatus;
import nl.examenkamer.written.SessionView;
import org.primefaces.model.StreamedContent;

/**
 * One session for the board: its facts and access code, enrolling candidates (one, or a list),
 * the live view while it runs (the table refreshes itself), extra time for one candidate with a
 * reason, closing and publishing ({@link CutScoreView} and {@link InzagePlanningView} hold the
 * decisions after closing). Keeps only codes and form fields: rows are read per request.
 */
@Named
@ViewScoped
public class SessionDetailView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_FILE_BYTES = 2_000_000;

    @Inject
    private ExamSessionService service;

    @Inject
    private SessionResultsService results;

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    private String code;
    private SessionView session;
    private String problem;
    private transient List<ProctorRow> rows;
    private String candidateNumber;
    private Integer extraTimePercentage;
    private String accommodationReason;
    private transient Part upload;
    private List<String> uploadProblems = List.of();
    private String extraFor;
    private Integer extraMinutes = 10;
    private String extraReason;
    private String withdrawalFor;
    private String withdrawalNumber;
    private String withdrawalReason;

    /** The closed session's results as the board keeps them: the same file as the API's results.csv. */
    public StreamedContent getResultsCsv() {
        return Downloads.csv(
                "uitslagen-" + code + ".csv",
                new SessionResultsCsv(localeSelection.getLocale()).csv(results.results(code)));
    }

    public void load() {
        if (code == null || code.isBlank()) {
            problem = messages.text("session.notChosen");
            return;
        }
        session = service.find(code).orElse(null);
        if (session == null) {
            problem = messages.text("session.notFound", code);
        }
    }

    public List<ProctorRow> getRows() {
        if (rows == null && session != null) {
            rows = service.proctor(session.code());
        }
        return rows;
    }

    /**
     * The enrolled candidates, "C0000018 · Daan de Demo", for the incident form to say whom an
     * incident concerns: from the rows the live view reads anyway.
     */
    public List<SelectItem> getCandidateItems() {
        List<ProctorRow> enrolled = getRows();
        return enrolled == null
                ? List.of()
                : enrolled.stream()
                        .map(row ->
                                new SelectItem(row.candidateNumber(), row.candidateNumber() + " · " + row.fullName()))
                        .toList();
    }

    public void refresh() {
        session = service.find(code).orElse(session);
        rows = null;
    }

    public void enrol() {
        try {
            String number = CandidatePicker.numberOf(candidateNumber);
            service.enrol(code, number, extraTimePercentage, accommodationReason);
            messages.info("enrolment.done", number);
            candidateNumber = null;
            extraTimePercentage = null;
            accommodationReason = null;
            refresh();
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void uploadList() {
        uploadProblems = List.of();
        if (upload == null || upload.getSize() == 0) {
            messages.error("enrolment.upload.missing");
            return;
        }
        if (upload.getSize() > MAX_FILE_BYTES) {
            messages.error("enrolment.upload.tooLarge", MAX_FILE_BYTES / 1_000_000);
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            ExamSessionService.ListEnrolled enrolled = service.enrolAll(code, in.readAllBytes());
            if (enrolled.alreadyEnrolled() == 0) {
                messages.info("enrolment.upload.done", enrolled.enrolled());
            } else {
                messages.info("enrolment.upload.doneWithAlready", enrolled.enrolled(), enrolled.alreadyEnrolled());
            }
            refresh();
        } catch (EnrolmentRejected rejected) {
            uploadProblems = rejected.problems().stream()
                    .map(problem -> problem.where() + ": " + problem.message(localeSelection.getLocale()))
                    .toList();
            messages.error("enrolment.rejected", uploadProblems.size());
        } catch (RuleViolation violation) {
            messages.show(violation);
        } catch (IOException unreadable) {
            messages.error("enrolment.upload.unreadable", unreadable.getMessage());
        }
    }

    public void selectForExtraTime(ProctorRow row) {
        extraFor = row.candidateNumber();
        extraMinutes = 10;
        extraReason = null;
    }

    public void giveExtraTime() {
        try {
            service.giveExtraTime(code, extraFor, extraMinutes == null ? 0 : extraMinutes, extraReason);
            messages.info("extraTime.given", extraMinutes, extraFor);
            refresh();
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void selectForWithdrawal(ProctorRow row) {
        withdrawalFor = row.candidateNumber() + " · " + row.fullName();
        withdrawalNumber = row.candidateNumber();
        withdrawalReason = null;
    }

    public void withdraw() {
        try {
            service.withdraw(code, withdrawalNumber, withdrawalReason);
            messages.info("enrolment.withdrawn", withdrawalFor);
            refresh();
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public String close() {
        try {
            int ended = service.close(code);
            messages.info("session.closed", ended);
            return samePage();
        } catch (RuleViolation violation) {
            messages.show(violation);
            return null;
        }
    }

    public String publish() {
        try {
            messages.info("session.published", service.publish(code));
            return samePage();
        } catch (RuleViolation violation) {
            messages.show(violation);
            return null;
        }
    }

    private String samePage() {
        return page(code);
    }

    /** The session's page again, after a decision on it: a redirect, so a reload does not repeat it. */
    static String page(String code) {
        return "/board/session?faces-redirect=true&code=" + code;
    }

    /** Where a candidate is, as one word for the live view. */
    public String stateKey(ProctorRow row) {
        return keyOf(row.status());
    }

    /** How many candidates stand where, above the table. */
    public ProctorSummary getSummary() {
        List<ProctorRow> current = getRows();
        return ProctorSummary.of(current == null ? List.of() : current);
    }

    /** One state of the summary line, such as "Bezig: 950". */
    public String countLabel(ProctorSummary.Count count) {
        return messages.text("proctor.count", messages.text(keyOf(count.status())), count.candidates());
    }

    /** How many running attempts have lost contact, such as "Geen contact: 3". */
    public String contactLostLabel(ProctorSummary summary) {
        return messages.text("proctor.count", messages.text("proctor.contactLost"), summary.contactLost());
    }

    /** The colour of a state's tag, the same in the table and in the counts above it. */
    public String severity(AttemptStatus status) {
        if (status == null) {
            return "secondary";
        }
        return status == AttemptStatus.IN_PROGRESS ? "info" : "success";
    }

    private static String keyOf(AttemptStatus status) {
        return status == null ? "proctor.state.notStarted" : "proctor.state." + status.name();
    }

    /** Minutes and seconds left of a running attempt, from the server's clock. */
    public String timeLeft(ProctorRow row) {
        if (row.status() != AttemptStatus.IN_PROGRESS || row.deadline() == null) {
            return "";
        }
        long seconds = row.secondsLeft();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    public boolean isScheduled() {
        return session != null && session.status() == SessionStatus.SCHEDULED;
    }

    public boolean isClosed() {
        return session != null && session.status() == SessionStatus.CLOSED;
    }

    public boolean isPublished() {
        return session != null && session.status() == SessionStatus.PUBLISHED;
    }

    public List<String> getUploadProblems() {
        return uploadProblems;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public SessionView getSession() {
        return session;
    }

    public String getCandidateNumber() {
        return candidateNumber;
    }

    public void setCandidateNumber(String candidateNumber) {
        this.candidateNumber = candidateNumber;
    }

    public Integer getExtraTimePercentage() {
        return extraTimePercentage;
    }

    public void setExtraTimePercentage(Integer extraTimePercentage) {
        this.extraTimePercentage = extraTimePercentage;
    }

    public String getAccommodationReason() {
        return accommodationReason;
    }

    public void setAccommodationReason(String accommodationReason) {
        this.accommodationReason = accommodationReason;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getWithdrawalFor() {
        return withdrawalFor;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public String getExtraFor() {
        return extraFor;
    }

    public Integer getExtraMinutes() {
        return extraMinutes;
    }

    public void setExtraMinutes(Integer extraMinutes) {
        this.extraMinutes = extraMinutes;
    }

    public String getExtraReason() {
        return extraReason;
    }

    public void setExtraReason(String extraReason) {
        this.extraReason = extraReason;
    }

    /** Why the page has nothing to show (nothing chosen, or not found), or null when it has. */
    public String getProblem() {
        return problem;
    }
}
