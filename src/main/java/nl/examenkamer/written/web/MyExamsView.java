package nl.examenkamer.written.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.written.ExamResult;
import nl.examenkamer.written.ResultService;

/** The written exams on the candidate's home page. */
@Named
@RequestScoped
public class MyExamsView {

    @Inject
    private ResultService results;

    @Inject
    private Caller caller;

    private List<ExamResult> exams;

    public List<ExamResult> getExams() {
        if (exams == null) {
            exams = results.mine(caller.name());
        }
        return exams;
    }
}
