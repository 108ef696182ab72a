package nl.examenkamer.written.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import nl.examenkamer.content.CutScoreMethod;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.CutScoreOptions;
import nl.examenkamer.written.CutScoreService;
import nl.examenkamer.written.ItemAnalysisService;

/**
 * The cut score on a closed session's page: both methods side by side, setting one with a reason,
 * and what the board confirms when it publishes. The page renders it only once the session is closed.
 */
@Named
@ViewScoped
public class CutScoreView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CutScoreService cutScores;

    @Inject
    private ItemAnalysisService itemAnalysis;

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    private String code;
    private transient CutScoreOptions options;
    private CutScoreMethod chosen;
    private String reason;

    public CutScoreOptions getOptions() {
        if (options == null && code != null) {
            options = cutScores.options(code);
        }
        return options;
    }

    /**
     * What the board confirms when publishing: the cut score in force and how many pass with it, and
     * how many items the item analysis flagged and the board left as they are.
     */
    public String getPublishConfirm() {
        List<String> sentences = new ArrayList<>();
        CutScoreOptions cut = getOptions();
        cut.options().stream()
                .filter(option -> option.method() == cut.inForce())
                .findFirst()
                .ifPresent(option -> sentences.add(messages.text(
                        "session.publish.confirm.cutScore",
                        percent(cut.percentageInForce()),
                        messages.text("cutScore.method." + cut.inForce()),
                        option.passing(),
                        cut.attempts())));
        long flagged = itemAnalysis.analyse(code).flaggedNotNeutralisedCount();
        if (flagged > 0) {
            sentences.add(messages.text("session.publish.confirm.flagged", flagged));
        }
        sentences.add(messages.text("session.publish.confirm"));
        return String.join(" ", sentences);
    }

    /** Opens the dialog to set the cut score by this method. */
    public void choose(CutScoreOptions.Option option) {
        chosen = option.method();
        reason = null;
    }

    public String apply() {
        try {
            CutScoreService.Applied applied = cutScores.apply(code, chosen, reason);
            messages.info(
                    "cutScore.applied",
                    messages.text("cutScore.method." + applied.method()),
                    percent(applied.percentage()),
                    applied.attemptsRescored());
            return SessionDetailView.page(code);
        } catch (RuleViolation violation) {
            messages.show(violation);
            return null;
        }
    }

    /** What a method's cut rests on, or why it has none for this session. */
    public String basis(CutScoreOptions.Option option) {
        if (option.unavailable() != null) {
            return messages.text(
                    option.unavailable(), option.unavailableArguments().toArray());
        }
        if (option.method() == CutScoreMethod.COHEN_SCHOTANUS) {
            return messages.text(
                    "cutScore.basis.COHEN_SCHOTANUS", percent(option.reference()), percent(option.chance()));
        }
        return messages.text("cutScore.basis.PERCENTAGE_OF_MAXIMUM", percent(option.percentage()));
    }

    /** How many would pass: "19 van 20". */
    public String passingLabel(CutScoreOptions.Option option) {
        return option.passing() == null
                ? "–"
                : messages.text(
                        "cutScore.passing", option.passing(), getOptions().attempts());
    }

    /** A percentage in the reader's language, with at most two decimals: "52,5 %". */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(localeSelection.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(value) + " %";
    }

    public String getChosen() {
        return chosen == null ? "" : messages.text("cutScore.method." + chosen);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
