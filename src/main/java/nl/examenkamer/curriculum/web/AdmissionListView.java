package nl.examenkamer.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.curriculum.AdmissionExport;
import nl.examenkamer.curriculum.AdmissionFilter;
import nl.examenkamer.curriculum.AdmissionRow;
import nl.examenkamer.curriculum.AdmissionService;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.ProviderSummary;
import nl.examenkamer.web.ComputedRows;
import nl.examenkamer.web.Downloads;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.Tables;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** The board's list of every candidate with their admission status: filtered, and exported as CSV or Excel. */
@Named
@ViewScoped
public class AdmissionListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private AdmissionService admission;

    @Inject
    private AccountService accounts;

    @Inject
    private LocaleSelection localeSelection;

    /** "" for everyone, "true" for admitted, "false" for not yet admitted. */
    private String admitted = "";

    private String providerCode;
    private String text;
    private final LazyDataModel<AdmissionRow> rows = new ComputedRows<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected List<AdmissionRow> compute() {
            return admission.list(filter());
        }
    };
    private List<ProviderSummary> providers;

    /** The table reads the filters when it loads; a new search only starts it at the first page. */
    public void search() {
        Tables.toFirstPage("candidates:table");
    }

    public LazyDataModel<AdmissionRow> getRows() {
        return rows;
    }

    public StreamedContent getCsv() {
        return Downloads.csv("toelating.csv", export().csv(admission.list(filter())));
    }

    public StreamedContent getExcel() {
        return Downloads.of("toelating.xlsx", XLSX, export().xlsx(admission.list(filter())));
    }

    public List<ProviderSummary> getProviders() {
        if (providers == null) {
            providers = accounts.providers();
        }
        return providers;
    }

    private AdmissionFilter filter() {
        Boolean status = admitted == null || admitted.isEmpty() ? null : Boolean.valueOf(admitted);
        return new AdmissionFilter(status, providerCode, text);
    }

    private AdmissionExport export() {
        return new AdmissionExport(admission.rule(), localeSelection.getLocale());
    }

    public String getAdmitted() {
        return admitted;
    }

    public void setAdmitted(String admitted) {
        this.admitted = admitted;
    }

    public String getProviderCode() {
        return providerCode;
    }

    public void setProviderCode(String providerCode) {
        this.providerCode = providerCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
