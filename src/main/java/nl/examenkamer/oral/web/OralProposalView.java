package nl.examenkamer.oral.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralProposals;
import nl.examenkamer.oral.OralRulesBroken;
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

    private Long dayId;
    private String title;
    private OralProposals.ProposalView proposal;

    public List<SelectItem> getDayItems() {
        return planningPage.getDays().stream()
                .map(day -> new SelectItem(day.id(), day.date() + " · " + day.location()))
                .toList();
    }

    public void propose() {
        if (dayId == null) {
            messages.error("oral.proposal.chooseDay");
            return;
        }
        try {
            proposal = proposals.propose(dayId, title, List.of());
            messages.info(
                    "oral.proposal.made",
                    proposal.items().size(),
                    proposal.unplaced().size());
        } catch (RuleViolation violation) {
            proposal = null;
            messages.show(violation);
        }
    }

    public void adopt() {
        try {
            List<OralExamView> planned = proposals.adopt(proposal);
            messages.info("oral.proposal.planned", planned.size(), proposal.date());
            proposal = null;
            planningPage.showAgain();
        } catch (OralRulesBroken broken) {
            brokenRules.show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void leaveOut(OralProposals.Item item) {
        proposal = proposal.without(item.candidateNumber());
    }

    public void discard() {
        proposal = null;
    }

    public OralProposals.ProposalView getProposal() {
        return proposal;
    }

    public Long getDayId() {
        return dayId;
    }

    public void setDayId(Long dayId) {
        this.dayId = dayId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
