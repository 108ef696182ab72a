package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.examenkamer.identity.Candidate;

/** Turns an oral exam into what pages and the API show, with names and how far scoring is. */
@ApplicationScoped
public class OralViews {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OralExams exams;

    public OralExamView of(OralExam exam) {
        ExamSlot slot = exam.slot();
        return new OralExamView(
                exam.id(),
                exam.candidateNumber(),
                exams.candidate(exam.candidateNumber()).map(Candidate::fullName).orElse(exam.candidateNumber()),
                exam.title(),
                slot.day(),
                slot.start().toLocalTime(),
                slot.examEnd().toLocalTime(),
                slot.end().toLocalTime(),
                exam.startsAt(),
                exam.room().id(),
                exam.room().whereabouts(),
                exam.chair(),
                examinerName(exam.chair()),
                exam.second(),
                examinerName(exam.second()),
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
        return em.createQuery("select e from Examiner e where e.accountUsername = :username", Examiner.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .map(Examiner::fullName)
                .orElse(username);
    }
}
