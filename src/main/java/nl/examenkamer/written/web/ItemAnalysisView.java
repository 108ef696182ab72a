package nl.examenkamer.written.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.ItemAnalysis;
import nl.examenkamer.written.ItemAnalysisService;
import nl.examenkamer.written.SessionItemAnalysis;

/** A closed session's item analysis for the board: read once per request, nothing kept. */
@Named
@RequestScoped
public class ItemAnalysisView {

    @Inject
    private ItemAnalysisService service;

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    private String code;
    private SessionItemAnalysis analysis;

    /** {@code f:viewAction}: analyses the session, or says why it cannot. */
    public void load() {
        try {
            analysis = code == null ? null : service.analyse(code);
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

    public String flagSeverity(ItemAnalysis.Flag flag) {
        return flag == ItemAnalysis.Flag.DISTRACTOR_ATTRACTS_STRONG || flag == ItemAnalysis.Flag.LOW_RIR
                ? "danger"
                : "warning";
    }

    public SessionItemAnalysis getAnalysis() {
        return analysis;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
