package nl.examenkamer.oral.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.ProviderSummary;
import nl.examenkamer.oral.ExaminerRoster;
import nl.examenkamer.oral.ExaminerService;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.PlanConcerns;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;
import org.primefaces.PrimeFaces;

/**
 * The board's list of examiners: whom each may examine and which training providers they are
 * linked to. An examiner account can do nothing until the board gives it a title here.
 */
@Named
@ViewScoped
public class ExaminersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExaminerService examiners;

    @Inject
    private ExaminerRoster roster;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private AccountService accounts;

    @Inject
    private PageMessages messages;

    @Inject
    private PlanConcerns concerns;

    private List<ExaminerRoster.RosterEntry> entries;
    private String search;
    private List<ProviderSummary> providers;
    private ExaminerRoster.RosterEntry selected;
    private List<String> titles = new ArrayList<>();
    private List<String> providerCodes = new ArrayList<>();

    /** The examiners whose name, user name or address holds the search text. */
    public List<ExaminerRoster.RosterEntry> getRoster() {
        if (entries == null) {
            entries = roster.all();
        }
        if (search == null || search.isBlank()) {
            return entries;
        }
        String wanted = search.strip().toLowerCase(Locale.ROOT);
        return entries.stream()
                .filter(entry -> (entry.name() + " " + entry.username() + " " + entry.email())
                        .toLowerCase(Locale.ROOT)
                        .contains(wanted))
                .toList();
    }

    public void select(ExaminerRoster.RosterEntry entry) {
        selected = entry;
        titles = new ArrayList<>(entry.titles());
        providerCodes = new ArrayList<>(entry.providerCodes());
    }

    public void save() {
        try {
            // a title taken away or a provider linked can make an exam already planned break a rule
            List<OralExamView> putOutOfOrder = concerns.putOutOfOrderBy(
                    selected.username(),
                    () -> examiners.saveProfile(
                            selected.username(), new LinkedHashSet<>(titles), new LinkedHashSet<>(providerCodes)));
            messages.info("examiners.saved", selected.name());
            putOutOfOrder.forEach(exam -> messages.warn(
                    "examiners.outOfOrder", selected.name(), exam.date(), exam.start(), exam.candidateName()));
            entries = null;
            if (putOutOfOrder.isEmpty()) {
                PrimeFaces.current().executeScript("PF('profileDialog').hide();");
            } // else the dialog stays open with the warnings, which closing it would hide
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public List<SelectItem> getTitleItems() {
        return catalog.titles().stream()
                .map(title -> new SelectItem(title.code(), title.name()))
                .toList();
    }

    public List<SelectItem> getProviderItems() {
        return providers().stream()
                .map(provider -> new SelectItem(provider.code(), provider.name()))
                .toList();
    }

    public String joined(List<String> codes) {
        return String.join(", ", codes);
    }

    /** The providers' names for a list of codes, as the board knows them. */
    public String providerNames(List<String> codes) {
        return providers().stream()
                .filter(provider -> codes.contains(provider.code()))
                .map(ProviderSummary::name)
                .reduce((a, b) -> a + ", " + b)
                .orElse(messages.text("examiners.providers.none"));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** Read once per view: every row names its providers. */
    private List<ProviderSummary> providers() {
        if (providers == null) {
            providers = accounts.providers();
        }
        return providers;
    }

    public ExaminerRoster.RosterEntry getSelected() {
        return selected;
    }

    public List<String> getTitles() {
        return titles;
    }

    public void setTitles(List<String> titles) {
        this.titles = titles == null ? new ArrayList<>() : new ArrayList<>(titles);
    }

    public List<String> getProviderCodes() {
        return providerCodes;
    }

    public void setProviderCodes(List<String> providerCodes) {
        this.providerCodes = providerCodes == null ? new ArrayList<>() : new ArrayList<>(providerCodes);
    }
}
