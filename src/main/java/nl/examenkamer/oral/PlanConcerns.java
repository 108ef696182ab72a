package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What has gone wrong with exams already planned: an examiner who declared a conflict with the
 * candidate after planning, withdrew the day, lost the title or was linked to the candidate's
 * provider. The board sees these on its planning until it moves the exam or changes an examiner;
 * a result scored by an examiner who is not independent is one it could not defend, so scoring
 * checks {@link #partiality} at every step.
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
        return concernsOf(List.of(exams.require(examId))).getOrDefault(examId, List.of());
    }

    /** The broken rules per exam of a list, for the exams that have any. */
    public Map<Long, List<Breach>> of(Collection<OralExamView> list) {
        return concernsOf(exams.planned(list.stream()
                .filter(view -> view.status() == OralExamStatus.PLANNED)
                .map(OralExamView::id)
                .toList()));
    }

    /** A planned exam with the rules it has come to break. */
    public record Concerned(OralExamView exam, List<Breach> breaches) {}

    /**
     * Planned exams that break a rule, soonest first: those still to come, and those held whose result
     * cannot be released because an examiner turned out not to be independent (cancel and plan anew).
     */
    public List<Concerned> toPlanAgain() {
        List<OralExam> planned = exams.plannedFrom(Instant.EPOCH);
        Map<Long, List<Breach>> concerns = concernsOf(planned);
        return views
                .of(planned.stream()
                        .filter(exam -> concerns.containsKey(exam.id()))
                        .toList())
                .stream()
                .map(view -> new Concerned(view, concerns.get(view.id())))
                .toList();
    }

    /**
     * Runs a change to what an examiner may or will do and answers the exams still to come that it put
     * out of order, so that whoever made it is told; exams out of order before are not repeated.
     */
    public List<OralExamView> putOutOfOrderBy(String examiner, Runnable change) {
        Set<Long> before = toPlanAgain(examiner).stream().map(OralExamView::id).collect(Collectors.toSet());
        change.run();
        return toPlanAgain(examiner).stream()
                .filter(exam -> !before.contains(exam.id()))
                .toList();
    }

    /** An examiner's exams still to come that break a rule: to tell them what their declaration did. */
    public List<OralExamView> toPlanAgain(String examiner) {
        List<OralExam> coming = exams.assignedTo(examiner).stream()
                .filter(exam -> exam.startsAt().isAfter(clock.instant()))
                .toList();
        Map<Long, List<Breach>> concerns = concernsOf(coming);
        return views.of(
                coming.stream().filter(exam -> concerns.containsKey(exam.id())).toList());
    }

    /** An examiner of this exam who is not independent of its candidate; none once it is no longer scored. */
    List<Breach> partiality(OralExam exam) {
        return partialityOf(List.of(exam)).getOrDefault(exam.id(), List.of());
    }

    /** Per planned exam of the list whose scoring an examiner's partiality halts: the reasons. */
    Map<Long, List<Breach>> partialityOf(List<OralExam> list) {
        return breachesOf(list, (exam, pair, candidate) -> PlanningRules.partiality(exam.booking(), pair, candidate));
    }

    /** The broken rules per planned exam of the list, for those that have any. */
    private Map<Long, List<Breach>> concernsOf(List<OralExam> list) {
        return breachesOf(
                list,
                (exam, pair, candidate) -> PlanningRules.standing(
                        exam.booking(),
                        exam.title(),
                        pair,
                        candidate,
                        !exam.startsAt().isAfter(clock.instant())));
    }

    /** One of the rule sets of {@link PlanningRules} applied to one planned exam. */
    private interface Rules {
        List<Breach> check(OralExam exam, Map<String, PlanningRules.Examiner> pair, PlanningRules.Candidate candidate);
    }

    /**
     * The rules applied to each planned exam of the list. The candidates' providers are read in one
     * query and each examiner once, so a page listing a season's exams does not read twice for each.
     */
    private Map<Long, List<Breach>> breachesOf(List<OralExam> list, Rules rules) {
        List<OralExam> planned = list.stream()
                .filter(exam -> exam.status() == OralExamStatus.PLANNED)
                .toList();
        Map<String, Set<String>> providers = exams.providersOf(
                planned.stream().map(OralExam::candidateNumber).toList());
        Map<String, Optional<PlanningRules.Examiner>> profiles = new HashMap<>();
        Map<Long, List<Breach>> concerns = new LinkedHashMap<>();
        for (OralExam exam : planned) {
            PlanningRules.Candidate candidate =
                    new PlanningRules.Candidate(exam.candidateNumber(), providers.get(exam.candidateNumber()), true);
            List<Breach> breaches = rules.check(exam, pairOf(exam, profiles), candidate);
            if (!breaches.isEmpty()) {
                concerns.put(exam.id(), breaches);
            }
        }
        return concerns;
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
}
