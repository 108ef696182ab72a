package nl.examenkamer.oral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralPlanningService;
import nl.examenkamer.oral.PlanConcerns;

/**
 * The board's oral tasks on its home page: exams held or decided whose result has not been
 * released, and exams an examiner's later declaration has put out of order.
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

    /** Results to decide or release; an exam to plan again is listed there, not here as if ready. */
    public List<OralExamView> getExams() {
        if (exams == null) {
            Set<Long> planAgain =
                    getToPlanAgain().stream().map(OralExamView::id).collect(Collectors.toSet());
            exams = planning.resultPending().stream()
                    .filter(exam -> !planAgain.contains(exam.id()))
                    .toList();
        }
        return exams;
    }

    public List<OralExamView> getToPlanAgain() {
        if (toPlanAgain == null) {
            toPlanAgain = concerns.toPlanAgain().stream()
                    .map(PlanConcerns.Concerned::exam)
                    .toList();
        }
        return toPlanAgain;
    }
}
