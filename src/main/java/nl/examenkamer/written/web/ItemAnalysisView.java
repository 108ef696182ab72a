package nl.examenkamer.written.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.List;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.Downloads;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.ItemAnalysis;
import nl.examenkamer.written.ItemAnalysisCsv;
import nl.examenkamer.written.ItemAnalysisService;
import nl.examenkamer.written.Neutralisation;
import nl.examenkamer.written.NeutralisationService;
import nl.examenkamer.written.SessionItemAnalysis;
import org.primefaces.model.StreamedContent;

/**
 * A closed session's item analysis for the board, and neutralising an item from it with a reason.
 * Keeps the session code and the dialog's fields; the analysis is read once for the view and again
 * after a decision (and after the view was serialized, as it is not kept in the stored state).
 */
@Named
@ViewScoped
public class ItemAnalysisView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ItemAnalysisService service;

    @Inject
    private NeutralisationService neutralisations;

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    private String code;
    private transient SessionItemAnalysis analysis;
    private transient boolean loaded;
    private String problem;
    private String itemCode;
    private int versionNo;
    private Neutralisation.Mode mode = Neutralisation.Mode.CREDIT;
    private String reason;
    private boolean withdrawing;
    private boolean onlyFlagged;

    /** {@code f:viewAction}: analyses the session, or says why it cannot. */
    public void load() {
        loaded = true;
        problem = null;
        if (code == null || code.isBlank()) {
            problem = messages.text("session.notChosen");
            return;
        }
        try {
            analysis = service.analyse(code);
        } catch (RuleViolation violation) {
            problem = messages.text(violation);
        }
    }

    public SessionItemAnalysis getAnalysis() {
        if (!loaded) {
            load();
        }
        return analysis;
    }

    /**
     * The rows of the table: every item version, or only the flagged ones. In a small hall with a
     * form per candidate each item is answered by a few of them, and a third of the items may be
     * flagged; the board goes through those and leaves the rest.
     */
    public List<SessionItemAnalysis.Row> getRows() {
        SessionItemAnalysis current = getAnalysis();
        if (current == null) {
            return List.of();
        }
        return onlyFlagged ? current.flaggedItems() : current.items();
    }

    public boolean isOnlyFlagged() {
        return onlyFlagged;
    }

    public void setOnlyFlagged(boolean onlyFlagged) {
        this.onlyFlagged = onlyFlagged;
    }

    /** The analysis as the board keeps it: the same file as the API's item-analysis.csv. */
    public StreamedContent getCsv() {
        return Downloads.csv(
                "itemanalyse-" + code + ".csv",
                new ItemAnalysisCsv(localeSelection.getLocale()).csv(service.analyse(code)));
    }

    /** Opens the dialog for this row's item version: to neutralise it, or to take its neutralisation back. */
    public void choose(SessionItemAnalysis.Row row) {
        itemCode = row.itemCode();
        versionNo = row.versionNo();
        withdrawing = row.neutralised() != null;
        mode = Neutralisation.Mode.CREDIT;
        reason = null;
    }

    public void neutralise() {
        try {
            if (withdrawing) {
                int rescored = neutralisations.withdraw(code, itemCode, versionNo, reason);
                messages.info("neutralisation.withdrawn", getChosenItem(), rescored);
            } else {
                int rescored = neutralisations.neutralise(code, itemCode, versionNo, mode, reason);
                messages.info("neutralisation.done", getChosenItem(), rescored);
            }
            loaded = false;
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    /** A figure with two decimals in the reader's language, or a dash where there is none. */
    public String decimal(Double value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(localeSelection.getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Which item version a row is: "WK-012 v2". */
    public String itemLabel(SessionItemAnalysis.Row row) {
        return messages.text("analysis.itemVersion", row.itemCode(), row.versionNo());
    }

    /** How an option did: "60 % · Rir 0,76". */
    public String optionFigures(ItemAnalysis.OptionStats option) {
        return messages.text("analysis.option.figures", Math.round(option.share() * 100), decimal(option.rir()));
    }

    /** What the page says the figures mean, with the scheme's thresholds for a flag. */
    public String getExplanation() {
        return messages.text("analysis.explain", thresholdTexts());
    }

    /** Why an item carries this flag, with the threshold it crossed. */
    public String flagExplanation(ItemAnalysis.Flag flag) {
        return messages.text("analysis.flag." + flag.name() + ".explain", thresholdTexts());
    }

    // minP, maxP and minRir, in that order: the bundle's texts refer to them as {0}, {1} and {2}
    private Object[] thresholdTexts() {
        ItemAnalysis.Thresholds thresholds = getAnalysis().thresholds();
        return new Object[] {decimal(thresholds.minP()), decimal(thresholds.maxP()), decimal(thresholds.minRir())};
    }

    public String flagSeverity(ItemAnalysis.Flag flag) {
        return flag == ItemAnalysis.Flag.DISTRACTOR_ATTRACTS_STRONG || flag == ItemAnalysis.Flag.LOW_RIR
                ? "danger"
                : "warning";
    }

    public Neutralisation.Mode[] getModes() {
        return Neutralisation.Mode.values();
    }

    public String getChosenItem() {
        return itemCode == null ? "" : messages.text("analysis.itemVersion", itemCode, versionNo);
    }

    public boolean isWithdrawing() {
        return withdrawing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Neutralisation.Mode getMode() {
        return mode;
    }

    public void setMode(Neutralisation.Mode mode) {
        this.mode = mode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Why the page has nothing to show (nothing chosen, or not found), or null when it has. */
    public String getProblem() {
        return problem;
    }
}
