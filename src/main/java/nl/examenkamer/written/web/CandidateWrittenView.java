package nl.examenkamer.written.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.written.ExamResult;
import nl.examenkamer.written.ResultService;

/** The written exams in the board's file of one candidate. */
@Named
@RequestScoped
public class CandidateWrittenView {

    @Inject
    private ResultService results;

    private List<ExamResult> exams;

    public List<ExamResult> of(String candidateNumber) {
        if (exams == null) {
            exams = results.ofCandidate(CandidateNumber.parse(candidateNumber));
        }
        return exams;
    }
}
