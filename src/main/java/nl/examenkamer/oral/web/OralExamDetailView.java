package nl.examenkamer.oral.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import nl.examenkamer.oral.FormViews;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralPlanningService;
import nl.examenkamer.oral.OralRulesBroken;
import nl.examenkamer.oral.OralScoringService;
import nl.examenkamer.oral.PlanConcerns;
import nl.examenkamer.oral.Rating;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.web.PageParameter;

/**
 * One oral exam for the board: its planning history, every version of the agreed form, a
 * correction (a new version with its reason) and the release of the result.
 */
@Named
@ViewScoped
public class OralExamDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OralPlanningService planning;

    @Inject
    private OralScoringService scoring;

    @Inject
    private PageMessages messages;

    @Inject
    private PlanConcerns planConcerns;

    @Inject
    private BrokenRulesMessages brokenRules;

    private String id; // as it came in the address
    private long examId;
    private String problem;
    private OralExamView exam;
    private transient List<FormViews.VerdictVersion> versions;
    private transient List<OralPlanningService.ChangeView> history;
    private transient List<String> concerns;
    private String competence;
    private Integer level;
    private String ratingReason;
    private String correctionReason;

    public void load() {
        problem = null;
        if (PageParameter.missing(id)) {
            problem = messages.text("oral.notChosen");
            return;
        }
        OptionalLong number = PageParameter.number(id);
        if (number.isEmpty()) {
            problem = messages.text("oral.exam.notFound", id);
            return;
        }
        examId = number.getAsLong();
        try {
            exam = planning.view(examId);
        } catch (RuleViolation violation) {
            exam = null;
            problem = messages.text(violation);
        }
    }

    public List<FormViews.VerdictVersion> getVersions() {
        if (versions == null && exam != null) {
            versions = scoring.versions(examId);
        }
        return versions;
    }

    /** The rules this exam has come to break since it was planned; empty when it is in order. */
    public List<String> getConcerns() {
        if (concerns == null && exam != null) {
            concerns = brokenRules.texts(planConcerns.of(examId));
        }
        return concerns;
    }

    public List<OralPlanningService.ChangeView> getHistory() {
        if (history == null && exam != null) {
            history = planning.history(examId);
        }
        return history;
    }

    public List<SelectItem> getCompetences() {
        List<FormViews.VerdictVersion> all = getVersions();
        if (all == null || all.isEmpty()) {
            return List.of();
        }
        return all.get(all.size() - 1).ratings().stream()
                .map(r -> new SelectItem(r.competence(), r.competence()))
                .toList();
    }

    public void correct() {
        try {
            FormViews.VerdictVersion version = scoring.correct(
                    examId, correctionReason, List.of(new Rating(competence, level, ratingReason, null)));
            messages.info("oral.correction.done", version.versionNo());
            competence = null;
            level = null;
            ratingReason = null;
            correctionReason = null;
            refresh();
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void release() {
        try {
            exam = scoring.release(examId);
            messages.info("oral.releasedNow", exam.candidateName());
            refresh();
        } catch (OralRulesBroken broken) {
            brokenRules.show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    private void refresh() {
        exam = planning.view(examId);
        versions = null;
        history = null;
        concerns = null;
    }

    public boolean isCorrectable() {
        List<FormViews.VerdictVersion> all = getVersions();
        return all != null
                && !all.isEmpty()
                && "FINALISED".equals(all.get(all.size() - 1).status());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Why the page has nothing to show (nothing chosen, not found, not assigned), or null when it has. */
    public String getProblem() {
        return problem;
    }

    public OralExamView getExam() {
        return exam;
    }

    public String getCompetence() {
        return competence;
    }

    public void setCompetence(String competence) {
        this.competence = competence;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getRatingReason() {
        return ratingReason;
    }

    public void setRatingReason(String ratingReason) {
        this.ratingReason = ratingReason;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
