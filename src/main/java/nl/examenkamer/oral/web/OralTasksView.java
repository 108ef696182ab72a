package nl.examenkamer.oral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralPlanningService;
import nl.examenkamer.oral.PlanConcerns;

/**
 * The board's oral tasks on its home page: exams held or decided whose result has not been
 * released, and exams still to come that an examiner's later declaration has put out of order.
 */
@Named
@RequestScoped
public class OralTasksView {

    @Inject
    private OralPlanningService planning;

    @Inject
    private PlanConcerns concerns;

    private List<OralExamView> exams;
    private List<OralExamView> toPlanAgain;

    public List<OralExamView> getExams() {
        if (exams == null) {
            exams = planning.resultPending();
        }
        return exams;
    }

    public List<OralExamView> getToPlanAgain() {
        if (toPlanAgain == null) {
            toPlanAgain = concerns.toPlanAgain();
        }
        return toPlanAgain;
    }
}
