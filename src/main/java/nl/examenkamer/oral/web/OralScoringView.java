package nl.examenkamer.oral.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.oral.FormViews;
import nl.examenkamer.oral.OralRulesBroken;
import nl.examenkamer.oral.OralScoringService;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.web.PageParameter;
import org.primefaces.PrimeFaces;

/**
 * The examiner's page for one oral exam, made for a tablet: first their own form, saved on the
 * server with every change (a closed browser loses nothing), then, once both have submitted, the
 * two forms side by side to agree on, finalise (chair) and sign (both).
 */
@Named
@ViewScoped
public class OralScoringView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OralScoringService scoring;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    @Inject
    private BrokenRulesMessages brokenRules;

    private String id; // as it came in the address
    private long examId;
    private String problem;
    private FormViews.SheetView sheet;
    private FormViews.AgreementView agreement;
    private List<String> halted = List.of();
    private final Map<String, RatingDraft> drafts = new LinkedHashMap<>();
    private final Map<String, RatingDraft> agreed = new LinkedHashMap<>();
    private boolean saved;

    public void load() {
        problem = null;
        if (PageParameter.missing(id)) {
            problem = messages.text("oral.form.notChosen");
            return;
        }
        OptionalLong number = PageParameter.number(id);
        if (number.isEmpty()) {
            problem = messages.text("oral.exam.notFound", id);
            return;
        }
        examId = number.getAsLong();
        try {
            sheet = scoring.sheet(examId, caller.name());
            halted = brokenRules.texts(scoring.halted(examId, caller.name()));
            drafts.clear();
            sheet.ratings().forEach(r -> drafts.put(r.competence(), RatingDraft.of(r)));
            loadAgreement();
        } catch (RuleViolation violation) {
            sheet = null;
            problem = messages.text(violation);
        }
    }

    private void loadAgreement() {
        agreement = null;
        agreed.clear();
        if (sheet != null && sheet.submittedAt() != null) {
            try {
                agreement = scoring.agreement(examId, caller.name(), false);
                agreement.rows().forEach(row -> agreed.put(row.competence(), RatingDraft.of(row.agreed())));
            } catch (RuleViolation notYet) {
                // the other examiner has not submitted: the page says so
            }
        }
    }

    /** Saves one competence of the examiner's own form as they change it. */
    public void save(String competence) {
        try {
            scoring.rate(examId, caller.name(), drafts.get(competence).toRating(competence));
            saved = true;
        } catch (OralRulesBroken broken) {
            show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void submit() {
        try {
            sheet = scoring.submit(examId, caller.name());
            messages.info("oral.sheet.submittedNow");
            loadAgreement();
        } catch (OralRulesBroken broken) {
            show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void refresh() {
        load();
    }

    public void agree(String competence) {
        try {
            scoring.agree(examId, caller.name(), agreed.get(competence).toRating(competence));
            saved = true;
        } catch (OralRulesBroken broken) {
            show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void finalise() {
        try {
            agreement = scoring.finalise(examId, caller.name());
            messages.info("oral.agreement.finalisedNow");
        } catch (OralRulesBroken broken) {
            show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void sign() {
        try {
            agreement = scoring.sign(examId, caller.name());
            messages.info("oral.agreement.signedNow");
        } catch (OralRulesBroken broken) {
            show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    private void show(OralRulesBroken broken) {
        if (OralScoringService.HALTED.equals(broken.summaryKey())) {
            halt(broken);
        } else {
            brokenRules.show(broken);
        }
    }

    /**
     * Scoring stopped while the examiner was at it (a conflict declared meanwhile): the whole form is
     * redrawn to say so, not only the field or button that was used.
     */
    private void halt(OralRulesBroken broken) {
        brokenRules.show(broken);
        saved = false; // the change just made was refused: "all saved" would not be true
        load();
        PrimeFaces.current().ajax().update("oral");
    }

    public boolean isEditable() {
        return sheet != null && sheet.submittedAt() == null && halted.isEmpty();
    }

    public boolean isWaitingForOther() {
        return sheet != null && sheet.submittedAt() != null && agreement == null;
    }

    public boolean isAgreementEditable() {
        return agreement != null && agreement.chair() && "DRAFT".equals(agreement.status()) && halted.isEmpty();
    }

    public boolean isFinalised() {
        return agreement != null && "FINALISED".equals(agreement.status());
    }

    public boolean isMySignatureMissing() {
        if (!isFinalised() || !halted.isEmpty()) {
            return false;
        }
        return agreement.chair() ? agreement.chairSignedAt() == null : agreement.secondSignedAt() == null;
    }

    public boolean needsReason(Integer level) {
        return level != null && sheet != null && level <= sheet.reasonRequiredAtOrBelow();
    }

    public String levelName(Integer level) {
        if (level == null || sheet == null) {
            return "–";
        }
        return sheet.levels().stream()
                .filter(l -> l.level() == level)
                .map(l -> l.level() + " " + l.name())
                .findFirst()
                .orElse(String.valueOf(level));
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

    /** Why scoring has stopped for now, one line per examiner and reason; empty while it may go on. */
    public List<String> getHalted() {
        return halted;
    }

    public FormViews.SheetView getSheet() {
        return sheet;
    }

    public FormViews.AgreementView getAgreement() {
        return agreement;
    }

    public Map<String, RatingDraft> getDrafts() {
        return drafts;
    }

    public Map<String, RatingDraft> getAgreed() {
        return agreed;
    }

    public boolean isSaved() {
        return saved;
    }

    public long getRated() {
        return drafts.values().stream().filter(d -> d.getLevel() != null).count();
    }
}
