package nl.examenkamer.oral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.examenkamer.oral.ExaminerRoster;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralPlanningService;
import nl.examenkamer.oral.PlanConcerns;
import nl.examenkamer.web.Moments;

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

    @Inject
    private Moments moments;

    @Inject
    private ExaminerRoster examiners;

    private List<OralExamView> exams;
    private List<OralExamView> toPlanAgain;
    private List<OralPlanningService.DayView> daysWithoutAPair;
    private Long examinersWithoutTitle;

    /** Examiner accounts the board has not yet said whom they may examine. */
    public long getExaminersWithoutTitle() {
        if (examinersWithoutTitle == null) {
            examinersWithoutTitle = examiners.withoutTitle();
        }
        return examinersWithoutTitle;
    }

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

    /** Exam days ahead for which fewer than two examiners said they can come: the board must ask. */
    public List<OralPlanningService.DayView> getDaysWithoutAPair() {
        if (daysWithoutAPair == null) {
            daysWithoutAPair = planning.days(moments.today()).stream()
                    .filter(OralPlanningService.DayView::lacksAPair)
                    .toList();
        }
        return daysWithoutAPair;
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
