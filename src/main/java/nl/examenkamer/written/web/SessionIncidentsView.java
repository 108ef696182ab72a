package nl.examenkamer.written.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.Downloads;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.SessionIncident;
import nl.examenkamer.written.SessionIncidents;
import nl.examenkamer.written.SessionReports;
import org.primefaces.model.StreamedContent;

/**
 * The session page's incidents (noting one, about a candidate or the whole session, and the list)
 * and its report (proces-verbaal) as a PDF.
 */
@Named
@ViewScoped
public class SessionIncidentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionIncidents incidents;

    @Inject
    private PageMessages messages;

    @Inject
    private SessionReports reports;

    @Inject
    private LocaleSelection localeSelection;

    private String code;
    private String candidateNumber;
    private String note;
    private transient List<SessionIncident> report;

    public List<SessionIncident> getReport() {
        if (report == null && code != null) {
            report = incidents.of(code);
        }
        return report;
    }

    /** The session's report (proces-verbaal), drawn up now. */
    public StreamedContent getReportPdf() {
        return Downloads.of(
                "proces-verbaal-" + code + ".pdf", "application/pdf", reports.pdf(code, localeSelection.getLocale()));
    }

    public void note() {
        try {
            incidents.note(code, candidateNumber, note);
            messages.info("sessionIncident.noted");
            candidateNumber = null;
            note = null;
            report = null;
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

    public String getCandidateNumber() {
        return candidateNumber;
    }

    public void setCandidateNumber(String candidateNumber) {
        this.candidateNumber = candidateNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
