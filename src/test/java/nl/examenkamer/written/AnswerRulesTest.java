package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import nl.examenkamer.content.ItemType;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The shape of an answer, the deadline with its accommodations, and the access code. */
class AnswerRulesTest {

    private final ItemShape single = new ItemShape(ItemType.SINGLE, List.of("A", "B", "C", "D"));
    private final ItemShape multiple = new ItemShape(ItemType.MULTIPLE, List.of("A", "B", "C", "D", "E"));

    @Test
    void answersAreStoredSortedAndAnEmptyAnswerClearsIt() {
        assertEquals("B", single.canonical(List.of("B")));
        assertEquals("A,C,E", multiple.canonical(List.of("E", "A", "C")));
        assertNull(single.canonical(List.of()));
        assertNull(single.canonical(null));
        assertEquals(List.of("A", "C"), ItemShape.labels("A,C"));
        assertEquals(List.of(), ItemShape.labels(null));
    }

    @Test
    void refusesUnknownOptionsRepeatsAndTwoAnswersToASingleChoiceItem() {
        assertEquals(
                "attempt.answer.unknownOption",
                assertThrows(RuleViolation.class, () -> single.canonical(List.of("E")))
                        .messageKey());
        assertEquals(
                "attempt.answer.repeated",
                assertThrows(RuleViolation.class, () -> multiple.canonical(List.of("A", "A")))
                        .messageKey());
        assertEquals(
                "attempt.answer.singleChoice",
                assertThrows(RuleViolation.class, () -> single.canonical(List.of("A", "B")))
                        .messageKey());
    }

    @Test
    void theDeadlineIsStartPlusDurationPlusAccommodationPlusMinutesGiven() {
        Instant start = Instant.parse("2026-12-01T08:00:00Z");
        assertEquals(Instant.parse("2026-12-01T09:30:00Z"), Deadline.of(start, 90, 0, 0));
        assertEquals(Instant.parse("2026-12-01T09:52:30Z"), Deadline.of(start, 90, 25, 0), "+25 % of 90 = 22.5 min");
        assertEquals(Instant.parse("2026-12-01T10:02:30Z"), Deadline.of(start, 90, 25, 10));
        assertEquals(
                120,
                Deadline.remainingSeconds(
                        Instant.parse("2026-12-01T09:30:00Z"), Instant.parse("2026-12-01T09:28:00Z")));
        assertEquals(0, Deadline.remainingSeconds(start, start.plusSeconds(5)), "never negative");
    }

    @Test
    void aCandidateIsToldTheWholeMinutesTheirAccommodationGives() {
        assertEquals(90, Deadline.minutes(90, 0));
        assertEquals(112, Deadline.minutes(90, 25), "112.5 minutes: the half is not promised");
        assertEquals(180, Deadline.minutes(90, 100));
    }

    @Test
    void accessCodesAreComparedWithoutCaseSpacesOrHyphens() {
        String code = AccessCode.generate();
        assertEquals(8, code.length());
        assertEquals(true, AccessCode.matches(code, code.toLowerCase()));
        assertEquals(true, AccessCode.matches(code, code.substring(0, 4) + " - " + code.substring(4)));
        assertEquals(false, AccessCode.matches(code, "ZZZZ1111".equals(code) ? "ZZZZ1112" : "ZZZZ1111"));
        assertEquals(false, AccessCode.matches(code, null));
    }
}
