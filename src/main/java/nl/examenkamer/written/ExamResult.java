package nl.examenkamer.written;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A candidate's view of one session they are enrolled in, with the minutes they will have from
 * their start (their accommodation and any minutes given before it included). Scores are filled in only once the
 * board has published the session's results, with the cut score they were held to: the points
 * needed on their own form (a dropped item lowers its maximum) and the percentage in force.
 */
public record ExamResult(
        String sessionCode,
        String sessionName,
        LocalDate examDate,
        Instant windowStart,
        Instant windowEnd,
        String location,
        int minutes,
        int extraTimePercentage,
        SessionStatus sessionStatus,
        AttemptStatus attemptStatus,
        Ending ending,
        boolean published,
        Integer rawScore,
        Integer maxScore,
        BigDecimal percentage,
        BigDecimal grade,
        Boolean passed,
        Integer cutScore,
        BigDecimal cutScorePercentage,
        List<ThemeResult> themes)
        implements Serializable {

    /**
     * When an attempt ended and how many of its questions had a stored answer: the candidate's
     * receipt until the results are published. Null while the attempt runs, before it starts and
     * once the results are published.
     */
    public record Ending(Instant at, int answered, int questions) implements Serializable {}

    public record ThemeResult(String theme, String themeName, int rawScore, int maxScore) implements Serializable {}

    /**
     * The message key of where the exam stands for the candidate: once published passed, failed or
     * not taken; before that not started, or the state of their attempt.
     */
    public String stateKey() {
        if (published) {
            return passed == null ? "exam.mine.notTaken" : passed ? "exam.result.passed" : "exam.result.failed";
        }
        return attemptStatus == null ? "exam.mine.notStarted" : "proctor.state." + attemptStatus;
    }

    /**
     * The message key of the link to the exam's page, or null when it has nothing for the
     * candidate: the result once published, the exam while it can be started or resumed, and in
     * between the receipt of the hand-in.
     */
    public String actionKey() {
        if (published) {
            return "exam.mine.result";
        }
        if (canStart()) {
            return "exam.mine.open";
        }
        return ending == null ? null : "exam.mine.receipt";
    }

    public boolean canStart() {
        return sessionStatus == SessionStatus.SCHEDULED && (attemptStatus == null || !attemptStatus.finished());
    }
}
