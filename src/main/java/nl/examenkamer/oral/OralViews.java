package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.examenkamer.identity.Candidate;

/** Turns an oral exam into what pages and the API show, with names and how far scoring is. */
@ApplicationScoped
public class OralViews {

    @Inject
    private ExaminerService examiners;

    @Inject
    private OralExams exams;

    public OralExamView of(OralExam exam) {
        return of(exam, this::examinerName, this::candidateName);
    }

    /** A list of exams, looking each examiner's and candidate's name up once. */
    public List<OralExamView> of(List<OralExam> list) {
        Map<String, String> examinerNames = new HashMap<>();
        Map<String, String> candidateNames = new HashMap<>();
        return list.stream()
                .map(exam -> of(
                        exam,
                        username -> examinerNames.computeIfAbsent(username, this::examinerName),
                        number -> candidateNames.computeIfAbsent(number, this::candidateName)))
                .toList();
    }

    private OralExamView of(OralExam exam, UnaryOperator<String> examinerName, UnaryOperator<String> candidateName) {
        ExamSlot slot = exam.slot();
        return new OralExamView(
                exam.id(),
                exam.candidateNumber(),
                candidateName.apply(exam.candidateNumber()),
                exam.title(),
                slot.day(),
                slot.start().toLocalTime(),
                slot.examEnd().toLocalTime(),
                slot.end().toLocalTime(),
                exam.startsAt(),
                exam.room().id(),
                exam.room().whereabouts(),
                exam.chair(),
                examinerName.apply(exam.chair()),
                exam.second(),
                examinerName.apply(exam.second()),
                exam.status(),
                exam.calendarSequence(),
                stage(exam));
    }

    /** The step the exam is at, as a message key suffix (oral.stage.*). */
    public String stage(OralExam exam) {
        if (exam.status() == OralExamStatus.CANCELLED) {
            return "cancelled";
        }
        if (exam.status() == OralExamStatus.RELEASED) {
            return "released";
        }
        Optional<Verdict> verdict = exams.latestVerdict(exam.id());
        if (verdict.isPresent() && verdict.get().finalised()) {
            if (verdict.get().isCorrection()) {
                return "corrected";
            }
            return verdict.get().signedByBoth() ? "signed" : "signing";
        }
        boolean chairDone =
                exams.sheet(exam.id(), exam.chair()).map(ScoreSheet::submitted).orElse(false);
        boolean secondDone =
                exams.sheet(exam.id(), exam.second()).map(ScoreSheet::submitted).orElse(false);
        if (chairDone && secondDone) {
            return "agreement";
        }
        return chairDone || secondDone ? "scoringHalf" : "scoring";
    }

    public String examinerName(String username) {
        return examiners.find(username).map(Examiner::fullName).orElse(username);
    }

    private String candidateName(String number) {
        return exams.candidate(number).map(Candidate::fullName).orElse(number);
    }
}
