package nl.examenkamer.oral.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.oral.FormViews;
import nl.examenkamer.oral.MyOralExams;
import nl.examenkamer.oral.OralExamView;

/** The candidate's oral exams on their home page: planned ones, and released results with feedback. */
@Named
@RequestScoped
public class MyOralView {

    @Inject
    private MyOralExams mine;

    @Inject
    private Caller caller;

    private List<OralExamView> planned;
    private List<FormViews.ResultView> results;

    public List<OralExamView> getPlanned() {
        if (planned == null) {
            planned = mine.planned(caller.name());
        }
        return planned;
    }

    public List<FormViews.ResultView> getResults() {
        if (results == null) {
            results = mine.results(caller.name());
        }
        return results;
    }
}
