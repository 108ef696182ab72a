package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.audit.CurrentActor;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.shared.RuleViolation;

/**
 * Scoring an oral exam: each examiner fills in their own form (saved as they type) and submits it;
 * neither sees the other's until both have; then the chair records the agreed rating per
 * competence, finalises (the pass rule decides) and both sign. A finalised form never changes: the
 * board corrects by adding a version with a reason, and releases the result to the candidate.
 */
@ApplicationScoped
@Transactional
public class OralScoringService {

    /** The summary of a refusal because an examiner is not independent: the form shows it instead of fields. */
    public static final String HALTED = "oral.scoring.halted";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OralExams exams;

    @Inject
    private OralViews views;

    @Inject
    private PlanConcerns concerns;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OralExamView> assignedTo(String examiner) {
        return views.of(exams.assignedTo(examiner));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FormViews.SheetView sheet(long examId, String examiner) {
        OralExam exam = assigned(examId, examiner);
        Optional<ScoreSheet> sheet = exams.sheet(examId, examiner);
        return sheetView(exam, examiner, sheet);
    }

    /** The examiner's exams whose scoring is halted by an examiner not independent of the candidate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> haltedFor(String examiner) {
        return concerns.partialityOf(exams.assignedTo(examiner)).keySet();
    }

    /** Why this exam cannot be scored now (an examiner not independent of the candidate); empty when it can. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Breach> halted(long examId, String examiner) {
        return concerns.partiality(assigned(examId, examiner));
    }

    /** Saves one competence of a draft; answers with what was stored (called as the examiner types). */
    public FormViews.RatingView rate(long examId, String examiner, Rating rating) {
        OralExam exam = exams.requireForUpdate(examId);
        requireAssigned(exam, examiner);
        requireScoring(exam);
        requireImpartial(exam);
        requireCompetence(exam, rating.competence());
        if (rating.level() != null && !exam.scoringRules().inRange(rating.level())) {
            throw RuleViolation.invalid("oral.rating.range", rating.level());
        }
        ScoreSheet sheet = exams.sheet(examId, examiner).orElseGet(() -> {
            ScoreSheet created = new ScoreSheet(examId, examiner);
            em.persist(created);
            return created;
        });
        if (sheet.submitted()) {
            throw RuleViolation.conflict("oral.sheet.alreadySubmitted");
        }
        sheet.rate(rating);
        return FormViews.RatingView.of(
                sheet.ratings(List.of(rating.competence())).get(rating.competence()));
    }

    public FormViews.SheetView submit(long examId, String examiner) {
        OralExam exam = exams.requireForUpdate(examId);
        requireAssigned(exam, examiner);
        requireScoring(exam);
        requireImpartial(exam);
        ScoreSheet sheet = exams.sheet(examId, examiner).orElseGet(() -> new ScoreSheet(examId, examiner));
        if (sheet.submitted()) {
            throw RuleViolation.conflict("oral.sheet.alreadySubmitted");
        }
        List<Breach> breaches =
                exam.scoringRules().sheetBreaches(exam.competenceCodes(), sheet.ratings(exam.competenceCodes()));
        if (!breaches.isEmpty()) {
            throw new OralRulesBroken("oral.sheet.incomplete", named(exam, breaches));
        }
        if (sheet.id() == null) {
            em.persist(sheet);
        }
        sheet.submit(clock.instant());
        auditLog.record(
                AuditEvent.of("oral.sheet.submitted", "oral-exam", examId).withDetails("examiner=" + examiner));
        return sheetView(exam, examiner, Optional.of(sheet));
    }

    /** The co-examiner's form: only once both have submitted, and only for the two examiners and the board. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FormViews.SheetView otherSheet(long examId, String examiner) {
        OralExam exam = assigned(examId, examiner);
        requireBothSubmitted(exam);
        String other = examiner.equals(exam.chair()) ? exam.second() : exam.chair();
        return sheetView(exam, other, exams.sheet(examId, other));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FormViews.AgreementView agreement(long examId, String examiner, boolean board) {
        OralExam exam = board ? exams.require(examId) : assigned(examId, examiner);
        requireBothSubmitted(exam);
        return agreementView(exam, examiner, exams.latestVerdict(examId));
    }

    /** Saves one agreed rating of the draft agreement; answers with what was stored. */
    public FormViews.RatingView agree(long examId, String examiner, Rating rating) {
        OralExam exam = exams.requireForUpdate(examId);
        requireChair(exam, examiner);
        requireScoring(exam);
        requireImpartial(exam);
        requireBothSubmitted(exam);
        requireCompetence(exam, rating.competence());
        if (rating.level() != null && !exam.scoringRules().inRange(rating.level())) {
            throw RuleViolation.invalid("oral.rating.range", rating.level());
        }
        Verdict verdict = exams.latestVerdict(examId).orElseGet(() -> {
            Verdict created = new Verdict(examId, 1, null, clock.instant(), examiner);
            em.persist(created);
            return created;
        });
        requireDraft(verdict);
        verdict.rate(rating);
        return FormViews.RatingView.of(
                verdict.ratings(List.of(rating.competence())).get(rating.competence()));
    }

    public FormViews.AgreementView finalise(long examId, String examiner) {
        OralExam exam = exams.requireForUpdate(examId);
        requireChair(exam, examiner);
        requireScoring(exam);
        requireImpartial(exam);
        requireBothSubmitted(exam);
        Verdict verdict = exams.latestVerdict(examId).orElseThrow(() -> RuleViolation.conflict("oral.agreement.empty"));
        requireDraft(verdict);
        List<String> codes = exam.competenceCodes();
        Map<String, Rating> agreed = verdict.ratings(codes);
        List<Breach> breaches = exam.scoringRules()
                .agreementBreaches(codes, independent(exam, exam.chair()), independent(exam, exam.second()), agreed);
        if (!breaches.isEmpty()) {
            throw new OralRulesBroken("oral.agreement.incomplete", named(exam, breaches));
        }
        PassRule.Outcome outcome = exam.passRule().decide(codes, levels(agreed));
        verdict.finalise(outcome, clock.instant(), examiner);
        auditLog.record(AuditEvent.of("oral.finalised", "oral-exam", examId)
                .withDetails("version=" + verdict.versionNo() + " passed=" + outcome.passed() + " deciding="
                        + outcome.deciding()));
        return agreementView(exam, examiner, Optional.of(verdict));
    }

    public FormViews.AgreementView sign(long examId, String examiner) {
        OralExam exam = exams.requireForUpdate(examId);
        requireAssigned(exam, examiner);
        requireImpartial(exam);
        Verdict verdict = exams.latestVerdict(examId)
                .filter(Verdict::finalised)
                .orElseThrow(() -> RuleViolation.conflict("oral.sign.notFinalised"));
        verdict.sign(examiner.equals(exam.chair()), clock.instant());
        auditLog.record(AuditEvent.of("oral.signed", "oral-exam", examId)
                .withDetails("version=" + verdict.versionNo() + " examiner=" + examiner));
        return agreementView(exam, examiner, Optional.of(verdict));
    }

    /** The board's correction of a finalised form: a new finalised version, with the reason, audited. */
    public FormViews.VerdictVersion correct(long examId, String reason, List<Rating> changes) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("oral.correction.reason");
        }
        OralExam exam = exams.requireForUpdate(examId);
        Verdict current = exams.latestVerdict(examId)
                .filter(Verdict::finalised)
                .orElseThrow(() -> RuleViolation.conflict("oral.correction.notFinalised"));
        List<String> codes = exam.competenceCodes();
        Map<String, Rating> ratings = new LinkedHashMap<>(current.ratings(codes));
        List<String> changed = new ArrayList<>();
        for (Rating change : changes == null ? List.<Rating>of() : changes) {
            requireCompetence(exam, change.competence());
            if (change.level() == null || !exam.scoringRules().inRange(change.level())) {
                throw RuleViolation.invalid("oral.rating.range", String.valueOf(change.level()));
            }
            Rating before = ratings.get(change.competence());
            Rating after = new Rating(
                    change.competence(),
                    change.level(),
                    change.reason() == null ? before.reason() : change.reason(),
                    change.notes() == null ? before.notes() : change.notes());
            if (!after.equals(before)) {
                changed.add(change.competence() + ": " + before.level() + "->" + after.level());
            }
            ratings.put(change.competence(), after);
        }
        if (changed.isEmpty()) {
            throw RuleViolation.invalid("oral.correction.nothing");
        }
        Verdict corrected =
                new Verdict(examId, current.versionNo() + 1, reason.strip(), clock.instant(), currentActor.name());
        em.persist(corrected);
        ratings.values().forEach(corrected::rate);
        PassRule.Outcome outcome = exam.passRule().decide(codes, levels(ratings));
        corrected.finalise(outcome, clock.instant(), currentActor.name());
        auditLog.record(AuditEvent.of("oral.corrected", "oral-exam", examId)
                .because(reason.strip())
                .withDetails("version=" + corrected.versionNo() + " " + String.join(", ", changed) + " passed="
                        + outcome.passed()));
        return version(corrected, codes);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FormViews.VerdictVersion> versions(long examId) {
        OralExam exam = exams.require(examId);
        return exams.verdicts(examId).stream()
                .map(v -> version(v, exam.competenceCodes()))
                .toList();
    }

    public OralExamView release(long examId) {
        OralExam exam = exams.requireForUpdate(examId);
        if (exam.status() != OralExamStatus.PLANNED) {
            throw RuleViolation.conflict(
                    "oral.change.notPlanned", examId, exam.status().name());
        }
        requireImpartial(exam);
        Verdict verdict = exams.latestVerdict(examId)
                .filter(Verdict::finalised)
                .orElseThrow(() -> RuleViolation.conflict("oral.release.notFinalised"));
        if (!verdict.isCorrection() && !verdict.signedByBoth()) {
            throw RuleViolation.conflict("oral.release.notSigned");
        }
        exam.release(clock.instant(), currentActor.name());
        auditLog.record(AuditEvent.of("oral.released", "oral-exam", examId)
                .withDetails("version=" + verdict.versionNo() + " passed=" + verdict.passed()));
        return views.of(exam);
    }

    /** The candidate's released result; anything else is as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FormViews.ResultView result(long examId, String candidateNumber) {
        OralExam exam = exams.find(examId)
                .filter(e -> e.candidateNumber().equals(candidateNumber))
                .filter(e -> e.status() == OralExamStatus.RELEASED)
                .orElseThrow(() -> RuleViolation.notFound("oral.result.notFound", String.valueOf(examId)));
        return resultOf(exam);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FormViews.ResultView> releasedResults(String candidateNumber) {
        return exams.ofCandidate(candidateNumber).stream()
                .filter(e -> e.status() == OralExamStatus.RELEASED)
                .map(this::resultOf)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OralExamView> plannedFor(String candidateNumber) {
        return exams.ofCandidate(candidateNumber).stream()
                .filter(e -> e.status() == OralExamStatus.PLANNED)
                .map(views::of)
                .toList();
    }

    private FormViews.ResultView resultOf(OralExam exam) {
        Verdict verdict = exams.latestVerdict(exam.id()).orElseThrow();
        Map<Integer, String> levelNames =
                exam.levels().stream().collect(Collectors.toMap(FormLevel::level, FormLevel::name));
        Map<String, String> names =
                exam.competences().stream().collect(Collectors.toMap(FormCompetence::code, FormCompetence::name));
        List<FormViews.ResultRow> rows = verdict.ratings(exam.competenceCodes()).values().stream()
                .map(r -> new FormViews.ResultRow(
                        r.competence(),
                        names.get(r.competence()),
                        r.level(),
                        levelNames.get(r.level()),
                        r.reason(),
                        r.notes()))
                .toList();
        return new FormViews.ResultView(
                exam.id(),
                exam.candidateNumber(),
                exams.candidate(exam.candidateNumber()).map(Candidate::fullName).orElse(exam.candidateNumber()),
                exam.title(),
                views.of(exam),
                Boolean.TRUE.equals(verdict.passed()),
                verdict.passed()
                        ? List.of()
                        : verdict.deciding().stream().map(names::get).toList(),
                rows,
                verdict.versionNo(),
                exam.releasedAt());
    }

    /** The rules speak of competence codes; people read the competence's name. */
    private static List<Breach> named(OralExam exam, List<Breach> breaches) {
        Map<String, String> names =
                exam.competences().stream().collect(Collectors.toMap(FormCompetence::code, FormCompetence::name));
        return breaches.stream()
                .map(breach -> {
                    List<Object> arguments = new ArrayList<>(breach.arguments());
                    if (!arguments.isEmpty() && names.containsKey(String.valueOf(arguments.get(0)))) {
                        arguments.set(0, names.get(String.valueOf(arguments.get(0))));
                    }
                    return new Breach(breach.rule(), List.copyOf(arguments));
                })
                .toList();
    }

    private Map<String, Rating> independent(OralExam exam, String examiner) {
        return exams.sheet(exam.id(), examiner).orElseThrow().ratings(exam.competenceCodes());
    }

    private static Map<String, Integer> levels(Map<String, Rating> ratings) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        ratings.forEach((code, rating) -> levels.put(code, rating.level()));
        return levels;
    }

    private FormViews.SheetView sheetView(OralExam exam, String examiner, Optional<ScoreSheet> sheet) {
        List<String> codes = exam.competenceCodes();
        List<FormViews.RatingView> ratings = sheet.map(s -> s.ratings(codes).values().stream()
                        .map(FormViews.RatingView::of)
                        .toList())
                .orElseGet(() -> codes.stream()
                        .map(code -> FormViews.RatingView.of(Rating.empty(code)))
                        .toList());
        return new FormViews.SheetView(
                views.of(exam),
                examiner,
                examiner.equals(exam.chair()),
                FormViews.competences(exam),
                FormViews.levels(exam),
                exam.scoringRules().reasonRequiredAtOrBelow(),
                ratings,
                sheet.map(ScoreSheet::submittedAt).orElse(null));
    }

    private FormViews.AgreementView agreementView(OralExam exam, String viewer, Optional<Verdict> verdict) {
        List<String> codes = exam.competenceCodes();
        Map<String, Rating> chair = independent(exam, exam.chair());
        Map<String, Rating> second = independent(exam, exam.second());
        Map<String, Rating> agreed = verdict.map(v -> v.ratings(codes)).orElse(Map.of());
        ScoringRules rules = exam.scoringRules();
        List<FormViews.AgreementRow> rows = new ArrayList<>();
        for (FormCompetence competence : exam.competences()) {
            String code = competence.code();
            int gap = rules.gap(chair, second, code);
            rows.add(new FormViews.AgreementRow(
                    code,
                    competence.name(),
                    FormViews.RatingView.of(chair.get(code)),
                    FormViews.RatingView.of(second.get(code)),
                    gap,
                    gap >= rules.gapNeedingReason(),
                    FormViews.RatingView.of(agreed.getOrDefault(code, Rating.empty(code)))));
        }
        return new FormViews.AgreementView(
                views.of(exam),
                exam.chair().equals(viewer),
                FormViews.competences(exam),
                FormViews.levels(exam),
                rules.reasonRequiredAtOrBelow(),
                rows,
                verdict.map(Verdict::versionNo).orElse(1),
                verdict.map(v -> v.status().name()).orElse(Verdict.Status.DRAFT.name()),
                verdict.map(Verdict::passed).orElse(null),
                verdict.map(Verdict::deciding).orElse(List.of()),
                verdict.map(Verdict::finalisedAt).orElse(null),
                verdict.map(Verdict::chairSignedAt).orElse(null),
                verdict.map(Verdict::secondSignedAt).orElse(null));
    }

    private static FormViews.VerdictVersion version(Verdict verdict, List<String> codes) {
        return new FormViews.VerdictVersion(
                verdict.versionNo(),
                verdict.status().name(),
                verdict.passed(),
                verdict.createdBy(),
                verdict.correctionReason(),
                verdict.finalisedAt(),
                verdict.ratings(codes).values().stream()
                        .map(FormViews.RatingView::of)
                        .toList());
    }

    private OralExam assigned(long examId, String examiner) {
        OralExam exam = exams.require(examId);
        requireAssigned(exam, examiner);
        return exam;
    }

    private static void requireAssigned(OralExam exam, String examiner) {
        if (!exam.isExaminer(examiner) || exam.status() == OralExamStatus.CANCELLED) {
            throw RuleViolation.forbidden("oral.exam.notAssigned", String.valueOf(exam.id()));
        }
    }

    private static void requireChair(OralExam exam, String examiner) {
        requireAssigned(exam, examiner);
        if (!examiner.equals(exam.chair())) {
            throw RuleViolation.forbidden("oral.agreement.chairOnly");
        }
    }

    private static void requireScoring(OralExam exam) {
        if (exam.status() != OralExamStatus.PLANNED) {
            throw RuleViolation.conflict("oral.form.closed", exam.status().name());
        }
    }

    /** Checked on every step, as an examiner may declare a conflict while the exam is being scored. */
    private void requireImpartial(OralExam exam) {
        List<Breach> partiality = concerns.partiality(exam);
        if (!partiality.isEmpty()) {
            throw new OralRulesBroken(HALTED, partiality);
        }
    }

    private static void requireDraft(Verdict verdict) {
        if (verdict.finalised()) {
            throw RuleViolation.conflict("oral.form.finalised");
        }
    }

    private void requireBothSubmitted(OralExam exam) {
        boolean both =
                exams.sheet(exam.id(), exam.chair()).map(ScoreSheet::submitted).orElse(false)
                        && exams.sheet(exam.id(), exam.second())
                                .map(ScoreSheet::submitted)
                                .orElse(false);
        if (!both) {
            throw RuleViolation.forbidden("oral.sheet.otherHidden");
        }
    }

    private static void requireCompetence(OralExam exam, String competence) {
        if (competence == null || !exam.competenceCodes().contains(competence)) {
            throw RuleViolation.invalid("oral.competence.unknown", String.valueOf(competence));
        }
    }
}
