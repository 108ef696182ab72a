package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExaminerTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void anExaminerWhoDeclaresADayWithoutPartsHasAnsweredItAndIsNotAvailable() {
        Examiner examiner = new Examiner("els", "Els Examinator", "els@example.org");

        examiner.declareAvailability(MONDAY, MONDAY, Set.of());

        assertTrue(examiner.hasAnswered(MONDAY));
        assertTrue(examiner.availability().isEmpty());
        assertFalse(examiner.hasAnswered(MONDAY.plusDays(1)), "only the day declared");
    }

    @Test
    void aWiderDeclarationTakesThePlaceOfTheDaysItCovers() {
        Examiner examiner = new Examiner("els", "Els Examinator", "els@example.org");
        examiner.declareAvailability(MONDAY, MONDAY, Set.of(new Availability(MONDAY, DayPart.MORNING)));
        examiner.declareAvailability(MONDAY.plusDays(1), MONDAY.plusDays(1), Set.of());

        examiner.declareAvailability(MONDAY, MONDAY.plusDays(4), Set.of(new Availability(MONDAY, DayPart.EVENING)));

        assertEquals(Set.of(new AnsweredPeriod(MONDAY, MONDAY.plusDays(4))), examiner.answered());
        assertEquals(Set.of(new Availability(MONDAY, DayPart.EVENING)), examiner.availability());
    }

    @Test
    void aWeekAwayIsEveryDateOfTheWeekAnsweredWithTheSameParts() {
        Examiner examiner = new Examiner("els", "Els Examinator", "els@example.org");
        examiner.declareAvailability(
                MONDAY.plusDays(2), MONDAY.plusDays(2), Set.of(new Availability(MONDAY.plusDays(2), DayPart.MORNING)));

        examiner.declareAvailability(
                MONDAY, MONDAY.plusDays(6), Availability.everyDay(MONDAY, MONDAY.plusDays(6), Set.of()));

        assertEquals(Set.of(), examiner.availability(), "the Wednesday given before is replaced by the week's no");
        assertTrue(examiner.hasAnswered(MONDAY.plusDays(6)));
        assertFalse(examiner.hasAnswered(MONDAY.plusDays(7)));
        assertEquals(
                Set.of(
                        new Availability(MONDAY, DayPart.EVENING),
                        new Availability(MONDAY.plusDays(1), DayPart.EVENING)),
                Availability.everyDay(MONDAY, MONDAY.plusDays(1), Set.of(DayPart.EVENING)));
    }
}
