package nl.examenkamer.oral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralPlanningService;

/** The oral exams held or decided whose result has not been released, on the board's home page. */
@Named
@RequestScoped
public class OralTasksView {

    @Inject
    private OralPlanningService planning;

    private List<OralExamView> exams;

    public List<OralExamView> getExams() {
        if (exams == null) {
            exams = planning.resultPending();
        }
        return exams;
    }
}
