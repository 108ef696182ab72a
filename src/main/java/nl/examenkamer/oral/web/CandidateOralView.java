package nl.examenkamer.oral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralPlanningService;

/** The oral exams in the board's file of one candidate. */
@Named
@RequestScoped
public class CandidateOralView {

    @Inject
    private OralPlanningService planning;

    private List<OralExamView> exams;

    public List<OralExamView> of(String candidateNumber) {
        if (exams == null) {
            exams = planning.ofCandidate(candidateNumber);
        }
        return exams;
    }
}
