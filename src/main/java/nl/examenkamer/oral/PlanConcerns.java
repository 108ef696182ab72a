package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What has gone wrong with exams already planned: an examiner who declared a conflict with the
 * candidate after planning, withdrew the day, lost the title or was linked to the candidate's
 * provider. The board sees these on its planning until it moves the exam or changes an examiner;
 * a result scored by such an examiner is one it could not defend.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanConcerns {

    @Inject
    private OralExams exams;

    @Inject
    private OralViews views;

    @Inject
    private ExaminerService examiners;

    @Inject
    private Clock clock;

    /** The broken rules of one exam; none for a cancelled or released one. */
    public List<Breach> of(long examId) {
        return of(exams.require(examId), new HashMap<>());
    }

    /** The broken rules per exam of a list, for the exams that have any. */
    public Map<Long, List<Breach>> of(List<OralExamView> list) {
        Map<String, Optional<PlanningRules.Examiner>> profiles = new HashMap<>();
        Map<Long, List<Breach>> concerns = new LinkedHashMap<>();
        for (OralExamView view : list) {
            if (view.status() == OralExamStatus.PLANNED) {
                List<Breach> breaches = of(exams.require(view.id()), profiles);
                if (!breaches.isEmpty()) {
                    concerns.put(view.id(), breaches);
                }
            }
        }
        return concerns;
    }

    /** Exams still to come that break a rule: what the board must plan again, soonest first. */
    public List<OralExamView> toPlanAgain() {
        Map<String, Optional<PlanningRules.Examiner>> profiles = new HashMap<>();
        return views.of(exams.plannedFrom(clock.instant()).stream()
                .filter(exam -> !of(exam, profiles).isEmpty())
                .toList());
    }

    /** An examiner's exams still to come that break a rule: to tell them what their declaration did. */
    public List<OralExamView> toPlanAgain(String examiner) {
        Map<String, Optional<PlanningRules.Examiner>> profiles = new HashMap<>();
        return views.of(exams.assignedTo(examiner).stream()
                .filter(exam -> exam.startsAt().isAfter(clock.instant()))
                .filter(exam -> !of(exam, profiles).isEmpty())
                .toList());
    }

    /** An examiner of this exam who is not independent of its candidate; none once it is no longer scored. */
    List<Breach> partiality(OralExam exam) {
        if (exam.status() != OralExamStatus.PLANNED) {
            return List.of();
        }
        return PlanningRules.partiality(exam.booking(), pairOf(exam, new HashMap<>()), candidateOf(exam));
    }

    private List<Breach> of(OralExam exam, Map<String, Optional<PlanningRules.Examiner>> profiles) {
        if (exam.status() != OralExamStatus.PLANNED) {
            return List.of();
        }
        boolean started = !exam.startsAt().isAfter(clock.instant());
        return PlanningRules.standing(exam.booking(), exam.title(), pairOf(exam, profiles), candidateOf(exam), started);
    }

    private Map<String, PlanningRules.Examiner> pairOf(
            OralExam exam, Map<String, Optional<PlanningRules.Examiner>> profiles) {
        Map<String, PlanningRules.Examiner> pair = new HashMap<>();
        for (String username : List.of(exam.chair(), exam.second())) {
            profiles.computeIfAbsent(username, name -> examiners.find(name).map(Examiner::rules))
                    .ifPresent(profile -> pair.put(username, profile));
        }
        return pair;
    }

    private PlanningRules.Candidate candidateOf(OralExam exam) {
        return new PlanningRules.Candidate(exam.candidateNumber(), exams.providersOf(exam.candidateNumber()), true);
    }
}
