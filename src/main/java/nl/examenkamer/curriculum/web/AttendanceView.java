package nl.examenkamer.curriculum.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.examenkamer.curriculum.AttendanceCsv;
import nl.examenkamer.curriculum.AttendanceRejected;
import nl.examenkamer.curriculum.AttendanceRow;
import nl.examenkamer.curriculum.AttendanceStatus;
import nl.examenkamer.curriculum.BatchOrigin;
import nl.examenkamer.curriculum.BatchResult;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.curriculum.ModuleView;
import nl.examenkamer.curriculum.RecordView;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.web.CandidatePicker;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.Downloads;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.Moments;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.web.Tables;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * A provider's attendance screen: upload a CSV file, or fill in rows in a table, both stored all
 * or nothing with every problem listed; and the provider's own records, each correctable or
 * withdrawable with a reason.
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int NEW_ROWS = 3;
    // 10,000 rows of a CSV file are well under a megabyte; this only stops the absurd.
    private static final long MAX_FILE_BYTES = 5_000_000;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private Moments moments;

    private transient Part upload;
    private List<EditableRow> rows = new ArrayList<>();
    private List<ProblemLine> problems = List.of();
    private boolean problemsFromFile;
    private String candidateFilter;
    private final LazyDataModel<RecordView> records = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int)
                    curriculum.recordsOf(providerCode(), filteredNumber(), 0, 1).total();
        }

        @Override
        public List<RecordView> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return curriculum
                    .recordsOf(providerCode(), filteredNumber(), first, pageSize)
                    .records();
        }
    };
    private List<ModuleView> modules;

    // the record being corrected or withdrawn
    private String selectedRowId;

    /** The version of that record the correction form was filled from: a correction of an older one is refused. */
    private Long selectedVersion;

    private RecordView selected;

    private String correctionModule;
    private LocalDate correctionDate;
    private String correctionContact;
    private String correctionStudyLoad;
    private String reason;

    @PostConstruct
    void start() {
        for (int i = 0; i < NEW_ROWS; i++) {
            addRow();
        }
    }

    public void uploadCsv() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("attendance.upload.missing");
            return;
        }
        if (upload.getSize() > MAX_FILE_BYTES) {
            messages.error("attendance.upload.tooLarge", MAX_FILE_BYTES / 1_000_000);
            return;
        }
        byte[] file;
        try (InputStream in = upload.getInputStream()) {
            file = in.readAllBytes();
        } catch (IOException unreadable) {
            messages.error("attendance.upload.unreadable", unreadable.getMessage());
            return;
        }
        store(() -> curriculum.recordCsv(providerCode(), file), true);
    }

    public void saveRows() {
        List<AttendanceRow> filled = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                filled.add(rows.get(i).toRow(i + 1));
            }
        }
        if (store(() -> curriculum.record(providerCode(), filled, BatchOrigin.SCREEN), false)) {
            rows = new ArrayList<>();
            start();
        }
    }

    public void addRow() {
        rows.add(new EditableRow("web-" + UUID.randomUUID().toString().substring(0, 8)));
    }

    public StreamedContent getTemplate() {
        return Downloads.csv("contacturen-sjabloon.csv", AttendanceCsv.TEMPLATE.getBytes(StandardCharsets.UTF_8));
    }

    /** Fills the correction form from the record as stored now, not as the list showed it. */
    public void select(RecordView listed) {
        RecordView record = curriculum.recordOf(providerCode(), listed.rowId());
        selected = record;
        selectedRowId = record.rowId();
        selectedVersion = record.version();
        correctionModule = record.moduleCode();
        correctionDate = record.date();
        correctionContact = record.contactHours();
        correctionStudyLoad = record.studyLoadHours();
        reason = null;
    }

    public void correct() {
        try {
            curriculum.correct(
                    providerCode(),
                    selectedRowId,
                    selectedVersion,
                    correctionModule,
                    correctionDate,
                    correctionContact,
                    correctionStudyLoad,
                    reason);
            messages.info("attendance.corrected", selectedRowId);
        } catch (RuleViolation violation) {
            messages.show(violation);
            if (violation.kind() == RuleViolation.Kind.CHANGED_MEANWHILE) {
                // the message says what the record holds now; what was typed stays, and a second save is a choice
                selectedVersion =
                        curriculum.recordOf(providerCode(), selectedRowId).version();
            }
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    public void withdraw() {
        try {
            curriculum.withdraw(providerCode(), selectedRowId, selectedVersion, reason);
            messages.info("attendance.withdrawn", selectedRowId);
        } catch (RuleViolation violation) {
            messages.show(violation);
            if (violation.kind() == RuleViolation.Kind.CHANGED_MEANWHILE) {
                // the dialog shows what it holds now; withdrawing that too is a second, informed choice
                selected = curriculum.recordOf(providerCode(), selectedRowId);
                selectedVersion = selected.version();
            }
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    /** The record the dialogs act on, as stored when it was chosen (or re-read after a refusal). */
    public RecordView getSelected() {
        return selected;
    }

    public void filter() {
        Tables.toFirstPage("records:recordTable");
    }

    public boolean isActive(RecordView record) {
        return record.status() == AttendanceStatus.ACTIVE;
    }

    public LazyDataModel<RecordView> getRecords() {
        return records;
    }

    public List<ModuleView> getModules() {
        if (modules == null) {
            modules = curriculum.modulesOf(providerCode()).stream()
                    .filter(ModuleView::active)
                    .toList();
        }
        return modules;
    }

    public LocalDate getToday() {
        return moments.today();
    }

    private boolean store(Supplier<BatchResult> batch, boolean fromFile) {
        problems = List.of();
        problemsFromFile = fromFile;
        try {
            BatchResult result = batch.get();
            messages.info("attendance.stored", result.added(), result.alreadyRecorded());
            return true;
        } catch (AttendanceRejected rejected) {
            problems = ProblemLine.of(rejected.problems(), localeSelection.getLocale());
            messages.error("attendance.rejected", problems.size());
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
        return false;
    }

    private String providerCode() {
        return caller.requireProviderCode();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public List<EditableRow> getRows() {
        return rows;
    }

    public List<ProblemLine> getProblems() {
        return problems;
    }

    public boolean isProblemsFromFile() {
        return problemsFromFile;
    }

    /** The chosen suggestion ("C0000018 · Karin Jansen") or a typed number, as a number. */
    private String filteredNumber() {
        return CandidatePicker.numberOf(candidateFilter);
    }

    public String getCandidateFilter() {
        return candidateFilter;
    }

    public void setCandidateFilter(String candidateFilter) {
        this.candidateFilter = candidateFilter;
    }

    public String getSelectedRowId() {
        return selectedRowId;
    }

    public String getCorrectionModule() {
        return correctionModule;
    }

    public void setCorrectionModule(String correctionModule) {
        this.correctionModule = correctionModule;
    }

    public LocalDate getCorrectionDate() {
        return correctionDate;
    }

    public void setCorrectionDate(LocalDate correctionDate) {
        this.correctionDate = correctionDate;
    }

    public String getCorrectionContact() {
        return correctionContact;
    }

    public void setCorrectionContact(String correctionContact) {
        this.correctionContact = correctionContact;
    }

    public String getCorrectionStudyLoad() {
        return correctionStudyLoad;
    }

    public void setCorrectionStudyLoad(String correctionStudyLoad) {
        this.correctionStudyLoad = correctionStudyLoad;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
