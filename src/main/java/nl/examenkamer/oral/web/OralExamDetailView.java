package nl.examenkamer.oral.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.oral.FormViews;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralPlanningService;
import nl.examenkamer.oral.OralScoringService;
import nl.examenkamer.oral.Rating;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;

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

    private long id;
    private OralExamView exam;
    private transient List<FormViews.VerdictVersion> versions;
    private transient List<OralPlanningService.ChangeView> history;
    private String competence;
    private Integer level;
    private String ratingReason;
    private String correctionReason;

    public void load() {
        if (id <= 0) { // the page was opened without ?id=
            messages.error("oral.notChosen");
            return;
        }
        try {
            exam = planning.view(id);
        } catch (RuleViolation violation) {
            exam = null;
            messages.show(violation);
        }
    }

    public List<FormViews.VerdictVersion> getVersions() {
        if (versions == null && exam != null) {
            versions = scoring.versions(id);
        }
        return versions;
    }

    public List<OralPlanningService.ChangeView> getHistory() {
        if (history == null && exam != null) {
            history = planning.history(id);
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
            FormViews.VerdictVersion version =
                    scoring.correct(id, correctionReason, List.of(new Rating(competence, level, ratingReason, null)));
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
            exam = scoring.release(id);
            messages.info("oral.releasedNow", exam.candidateName());
            refresh();
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    private void refresh() {
        exam = planning.view(id);
        versions = null;
        history = null;
    }

    public boolean isCorrectable() {
        List<FormViews.VerdictVersion> all = getVersions();
        return all != null
                && !all.isEmpty()
                && "FINALISED".equals(all.get(all.size() - 1).status());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
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
