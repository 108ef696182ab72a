package nl.examenkamer.oral.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.List;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralProposals;
import nl.examenkamer.oral.OralRulesBroken;
import nl.examenkamer.oral.ProposalHours;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;

/**
 * The scheduler on the board's planning page: choose an exam day and a title, read the proposal,
 * and plan it as a whole.
 */
@Named
@ViewScoped
public class OralProposalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OralProposals proposals;

    @Inject
    private OralPlanningView planningPage;

    @Inject
    private PageMessages messages;

    @Inject
    private BrokenRulesMessages brokenRules;

    @Inject
    private ProposalDraft draft;

    public List<SelectItem> getDayItems() {
        return planningPage.getDays().stream()
                .map(day -> new SelectItem(day.id(), day.date() + " · " + day.location()))
                .toList();
    }

    public void propose() {
        if (draft.dayId() == null) {
            messages.error("oral.proposal.chooseDay");
            return;
        }
        try {
            OralProposals.ProposalView proposal = proposals.propose(
                    draft.dayId(), draft.title(), List.of(), ProposalHours.of(draft.from(), draft.until()));
            draft.proposal(proposal);
            messages.info(
                    "oral.proposal.made",
                    proposal.items().size(),
                    proposal.unplaced().size());
        } catch (RuleViolation violation) {
            draft.proposal(null);
            messages.show(violation);
        }
    }

    public void adopt() {
        try {
            List<OralExamView> planned = proposals.adopt(draft.proposal());
            messages.info(
                    "oral.proposal.planned", planned.size(), draft.proposal().date());
            draft.proposal(null);
            planningPage.showAgain();
        } catch (OralRulesBroken broken) {
            brokenRules.show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void leaveOut(OralProposals.Item item) {
        draft.proposal(draft.proposal().without(item.candidateNumber()));
    }

    public void discard() {
        draft.proposal(null);
    }

    public OralProposals.ProposalView getProposal() {
        return draft.proposal();
    }

    public Long getDayId() {
        return draft.dayId();
    }

    public void setDayId(Long dayId) {
        draft.dayId(dayId);
    }

    public LocalTime getFrom() {
        return draft.from();
    }

    public void setFrom(LocalTime from) {
        draft.from(from);
    }

    public LocalTime getUntil() {
        return draft.until();
    }

    public void setUntil(LocalTime until) {
        draft.until(until);
    }

    public String getTitle() {
        return draft.title();
    }

    public void setTitle(String title) {
        draft.title(title);
    }
}
