package nl.examenkamer.oral.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalTime;
import nl.examenkamer.oral.OralProposals;
import nl.examenkamer.oral.ProposalHours;

/**
 * The board member's proposal not yet planned or discarded: a day's proposal takes the solver
 * some seconds and the board often looks something up before it plans, so it outlives the page.
 * Adopting it checks every rule again, so a proposal kept while others planned cannot break one.
 */
@SessionScoped
public class ProposalDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long dayId;
    private String title;
    private LocalTime from = ProposalHours.WORKING_DAY.from();
    private LocalTime until = ProposalHours.WORKING_DAY.until();
    private OralProposals.ProposalView proposal;

    public LocalTime from() {
        return from;
    }

    public void from(LocalTime from) {
        this.from = from;
    }

    public LocalTime until() {
        return until;
    }

    public void until(LocalTime until) {
        this.until = until;
    }

    public Long dayId() {
        return dayId;
    }

    public void dayId(Long dayId) {
        this.dayId = dayId;
    }

    public String title() {
        return title;
    }

    public void title(String title) {
        this.title = title;
    }

    public OralProposals.ProposalView proposal() {
        return proposal;
    }

    public void proposal(OralProposals.ProposalView proposal) {
        this.proposal = proposal;
    }
}
