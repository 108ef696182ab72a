package nl.examenkamer.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.examenkamer.curriculum.AdmissionFilter;
import nl.examenkamer.curriculum.AdmissionRow;
import nl.examenkamer.curriculum.AdmissionService;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.identity.CandidateSummary;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.ComputedRows;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.web.Tables;
import org.primefaces.model.LazyDataModel;

/**
 * A provider registers candidates (getting the known one back when the person is already in the
 * register) and follows the admission status of the candidates it recorded hours for.
 */
@Named
@ViewScoped
public class ProviderCandidatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private AdmissionService admission;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private String fullName;
    private String email;
    private LocalDate dateOfBirth;
    private CandidateSummary registered;
    private boolean existing;
    private String text;
    private final LazyDataModel<AdmissionRow> candidates = new ComputedRows<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected List<AdmissionRow> compute() {
            return admission.list(new AdmissionFilter(null, caller.requireProviderCode(), text));
        }
    };

    public void register() {
        try {
            CandidateRegistry.Registration registration =
                    curriculum.registerCandidate(caller.requireProviderCode(), fullName, email, dateOfBirth);
            registered = registration.candidate();
            existing = registration.existing();
            messages.info(existing ? "candidate.known" : "candidate.registered", registered.candidateNumber());
            fullName = null;
            email = null;
            dateOfBirth = null;
        } catch (RuleViolation violation) {
            messages.show(violation);
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    /** The table reads the filters when it loads; a new search only starts it at the first page. */
    public void search() {
        Tables.toFirstPage("candidates:table");
    }

    public LazyDataModel<AdmissionRow> getCandidates() {
        return candidates;
    }

    public CandidateSummary getRegistered() {
        return registered;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
