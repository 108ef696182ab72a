package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamResultTest {

    @Test
    void beforePublicationTheStateIsTheAttemptsAfterwardsTheResult() {
        assertEquals(
                "exam.mine.notStarted",
                result(SessionStatus.SCHEDULED, null, null).stateKey());
        assertEquals(
                "proctor.state.IN_PROGRESS",
                result(SessionStatus.SCHEDULED, AttemptStatus.IN_PROGRESS, null).stateKey());
        assertEquals(
                "proctor.state.SUBMITTED",
                result(SessionStatus.CLOSED, AttemptStatus.SUBMITTED, null).stateKey(),
                "closed but not published: no result yet");
        assertEquals(
                "exam.result.passed",
                result(SessionStatus.PUBLISHED, AttemptStatus.SUBMITTED, true).stateKey());
        assertEquals(
                "exam.result.failed",
                result(SessionStatus.PUBLISHED, AttemptStatus.SUBMITTED, false).stateKey());
        assertEquals(
                "exam.mine.notTaken",
                result(SessionStatus.PUBLISHED, null, null).stateKey());
    }

    @Test
    void theLinkLeadsToTheExamWhileItRunsToTheReceiptOnceEndedAndToTheResultOncePublished() {
        assertEquals(
                "exam.mine.open", result(SessionStatus.SCHEDULED, null, null).actionKey());
        assertEquals(
                "exam.mine.open",
                result(SessionStatus.SCHEDULED, AttemptStatus.IN_PROGRESS, null).actionKey(),
                "resumed on another browser");
        assertEquals(
                "exam.mine.receipt",
                result(SessionStatus.SCHEDULED, AttemptStatus.SUBMITTED, null).actionKey());
        assertEquals(
                "exam.mine.receipt",
                result(SessionStatus.CLOSED, AttemptStatus.TIMED_OUT, null).actionKey());
        assertNull(result(SessionStatus.CLOSED, null, null).actionKey(), "closed and never started: nothing to open");
        assertEquals(
                "exam.mine.result",
                result(SessionStatus.PUBLISHED, AttemptStatus.SUBMITTED, true).actionKey());
    }

    private static ExamResult result(SessionStatus status, AttemptStatus attempt, Boolean passed) {
        return new ExamResult(
                "WK-2027-03",
                "Wettelijk kader maart",
                LocalDate.of(2027, 3, 10),
                Instant.parse("2027-03-10T08:00:00Z"),
                Instant.parse("2027-03-10T08:30:00Z"),
                null,
                90,
                0,
                status,
                attempt,
                attempt != null && attempt.finished()
                        ? new ExamResult.Ending(Instant.parse("2027-03-10T09:40:00Z"), 38, 40)
                        : null,
                status == SessionStatus.PUBLISHED,
                null,
                null,
                null,
                null,
                passed,
                null,
                null,
                List.of());
    }
}
