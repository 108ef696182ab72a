package nl.examenkamer.oral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralScoringService;

/** The examiner's home page: the oral exams assigned to them, with how far each one is. */
@Named
@RequestScoped
public class ExaminerHomeView {

    @Inject
    private OralScoringService scoring;

    @Inject
    private Caller caller;

    private List<OralExamView> exams;
    private Set<Long> halted;

    public List<OralExamView> getExams() {
        if (exams == null) {
            exams = scoring.assignedTo(caller.name());
        }
        return exams;
    }

    /** The exam's stage as a message key suffix; "halted" while an examiner is not independent. */
    public String stage(OralExamView exam) {
        if (halted == null) {
            halted = scoring.haltedFor(caller.name());
        }
        return halted.contains(exam.id()) ? "halted" : exam.stage();
    }

    public boolean chairs(OralExamView exam) {
        return caller.name().equals(exam.chair());
    }
}
