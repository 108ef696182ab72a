package nl.examenkamer.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import nl.examenkamer.curriculum.AdmissionService;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.curriculum.RecordView;
import nl.examenkamer.curriculum.ThemeHours;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.CandidateNumber;

/**
 * A candidate's own progress in the curriculum: hours per theme against the rule, the totals,
 * whether they are admitted and, if not, each rule still unmet in numbers; and the records behind it.
 */
@Named
@RequestScoped
public class ProgressView {

    @Inject
    private AdmissionService admission;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private Caller caller;

    private Optional<AdmissionService.CandidateAdmission> mine;

    /** A theme of the rule with the candidate's hours on it. */
    public record ThemeRow(String name, String contactHours, String studyLoadHours, boolean covered) {}

    public AdmissionService.CandidateAdmission getAdmission() {
        if (mine == null) {
            mine = admission.statusOfAccount(caller.name());
        }
        return mine.orElse(null);
    }

    public List<ThemeRow> getThemes() {
        AdmissionService.CandidateAdmission current = getAdmission();
        if (current == null) {
            return List.of();
        }
        return current.status().themes().stream()
                .map(hours -> row(current, hours))
                .toList();
    }

    public List<RecordView> getRecords() {
        AdmissionService.CandidateAdmission current = getAdmission();
        if (current == null) {
            return List.of();
        }
        return curriculum.recordsOfCandidate(
                CandidateNumber.parse(current.candidate().candidateNumber()));
    }

    /** How far the contact hours are towards the minimum, 0 to 100, for the progress bar. */
    public int getContactPercentage() {
        AdmissionService.CandidateAdmission current = getAdmission();
        return current == null
                ? 0
                : current.status().contact().percentageOf(current.status().minContact());
    }

    /** How far the study-load hours are towards the minimum, 0 to 100, for the progress bar. */
    public int getStudyLoadPercentage() {
        AdmissionService.CandidateAdmission current = getAdmission();
        return current == null
                ? 0
                : current.status().studyLoad().percentageOf(current.status().minStudyLoad());
    }

    private static ThemeRow row(AdmissionService.CandidateAdmission admission, ThemeHours hours) {
        return new ThemeRow(
                admission.themeNames().getOrDefault(hours.theme(), hours.theme()),
                hours.contact().toString(),
                hours.studyLoad().toString(),
                admission.status().covers(hours));
    }
}
