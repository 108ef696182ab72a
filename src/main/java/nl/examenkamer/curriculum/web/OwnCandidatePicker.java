package nl.examenkamer.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.web.CandidatePicker;

/**
 * Finds one of the provider's own candidates by a part of their name, number or e-mail address for
 * a row of its attendance table, so that staff need not look the number up; a number typed by hand
 * still counts. Another provider's candidates are never suggested.
 */
@Named
@RequestScoped
public class OwnCandidatePicker {

    @Inject
    private CurriculumService curriculum;

    @Inject
    private Caller caller;

    public List<String> complete(String query) {
        return curriculum.searchOwnCandidates(caller.requireProviderCode(), query, CandidatePicker.SUGGESTIONS).stream()
                .map(CandidatePicker::suggestion)
                .toList();
    }
}
