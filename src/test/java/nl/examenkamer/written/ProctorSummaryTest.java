package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProctorSummaryTest {

    @Test
    void countsEveryCandidateOnceInTheOrderOfTheDay() {
        List<ProctorRow> rows = new ArrayList<>();
        rows.add(row(AttemptStatus.SUBMITTED));
        rows.add(row(null));
        rows.add(row(AttemptStatus.IN_PROGRESS));
        rows.add(row(AttemptStatus.IN_PROGRESS));
        rows.add(row(null));
        rows.add(row(AttemptStatus.TIMED_OUT));
        rows.add(row(AttemptStatus.IN_PROGRESS));

        assertEquals(
                List.of(
                        new ProctorSummary.Count(null, 2),
                        new ProctorSummary.Count(AttemptStatus.IN_PROGRESS, 3),
                        new ProctorSummary.Count(AttemptStatus.SUBMITTED, 1),
                        new ProctorSummary.Count(AttemptStatus.TIMED_OUT, 1)),
                ProctorSummary.of(rows).counts(),
                "no CLOSED: nobody is in that state");
    }

    @Test
    void anEmptySessionHasNothingToCount() {
        assertEquals(List.of(), ProctorSummary.of(List.of()).counts());
        assertEquals(0, ProctorSummary.of(List.of()).contactLost());
    }

    @Test
    void onceAllHaveHandedInOnlyThatStateIsLeft() {
        assertEquals(
                List.of(new ProctorSummary.Count(AttemptStatus.SUBMITTED, 2)),
                ProctorSummary.of(List.of(row(AttemptStatus.SUBMITTED), row(AttemptStatus.SUBMITTED)))
                        .counts());
    }

    @Test
    void countsTheRunningAttemptsWhosePagesNoLongerReachTheServer() {
        ProctorSummary summary = ProctorSummary.of(List.of(
                row(AttemptStatus.IN_PROGRESS, true),
                row(AttemptStatus.IN_PROGRESS, false),
                row(AttemptStatus.IN_PROGRESS, true)));
        assertEquals(List.of(new ProctorSummary.Count(AttemptStatus.IN_PROGRESS, 3)), summary.counts());
        assertEquals(2, summary.contactLost());
    }

    private static ProctorRow row(AttemptStatus status) {
        return row(status, false);
    }

    private static ProctorRow row(AttemptStatus status, boolean contactLost) {
        return new ProctorRow(
                "C0000001",
                "Kandidaat",
                0,
                0,
                status == null ? null : 1L,
                status,
                null,
                null,
                null,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                0,
                contactLost);
    }
}
