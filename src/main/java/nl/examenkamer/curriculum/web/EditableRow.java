package nl.examenkamer.curriculum.web;

import java.io.Serializable;
import java.time.LocalDate;
import nl.examenkamer.curriculum.AttendanceRow;
import nl.examenkamer.identity.web.CandidatePicker;

/** A row of the attendance table a provider fills in on the screen. */
public class EditableRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String rowId;
    private String candidateNumber;
    private String moduleCode;
    private LocalDate date;
    private String contactHours;
    private String studyLoadHours;

    public EditableRow(String rowId) {
        this.rowId = rowId;
    }

    AttendanceRow toRow(int line) {
        return new AttendanceRow(
                line,
                rowId,
                CandidatePicker.numberOf(candidateNumber),
                moduleCode,
                date == null ? null : date.toString(),
                contactHours,
                studyLoadHours);
    }

    boolean isBlank() {
        return isEmpty(candidateNumber)
                && isEmpty(moduleCode)
                && date == null
                && isEmpty(contactHours)
                && isEmpty(studyLoadHours);
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isBlank();
    }

    public String getRowId() {
        return rowId;
    }

    public void setRowId(String rowId) {
        this.rowId = rowId;
    }

    public String getCandidateNumber() {
        return candidateNumber;
    }

    public void setCandidateNumber(String candidateNumber) {
        this.candidateNumber = candidateNumber;
    }

    public String getModuleCode() {
        return moduleCode;
    }

    public void setModuleCode(String moduleCode) {
        this.moduleCode = moduleCode;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getContactHours() {
        return contactHours;
    }

    public void setContactHours(String contactHours) {
        this.contactHours = contactHours;
    }

    public String getStudyLoadHours() {
        return studyLoadHours;
    }

    public void setStudyLoadHours(String studyLoadHours) {
        this.studyLoadHours = studyLoadHours;
    }
}
