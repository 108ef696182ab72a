package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamDayAnswerTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Test
    void daysAtTwoLocationsOnOneDateAreOneQuestionToTheExaminer() {
        List<ExamDayAnswer> answers = ExamDayAnswer.of(
                List.of(
                        new ExamDayAnswer.Opened(TUESDAY, "Zwolle"),
                        new ExamDayAnswer.Opened(MONDAY, "Utrecht"),
                        new ExamDayAnswer.Opened(MONDAY, "Online")),
                List.of(),
                List.of());

        assertEquals(
                List.of(MONDAY, TUESDAY),
                answers.stream().map(ExamDayAnswer::date).toList());
        assertEquals(List.of("Online", "Utrecht"), answers.get(0).locations());
    }

    @Test
    void eachDateCarriesTheExaminersPartsInTheOrderOfTheDayAndOnlyItsOwn() {
        List<ExamDayAnswer> answers = ExamDayAnswer.of(
                List.of(new ExamDayAnswer.Opened(MONDAY, "Utrecht"), new ExamDayAnswer.Opened(TUESDAY, "Zwolle")),
                List.of(
                        new Availability(MONDAY, DayPart.EVENING),
                        new Availability(MONDAY, DayPart.MORNING),
                        new Availability(MONDAY.minusDays(1), DayPart.AFTERNOON)),
                List.of(new AnsweredPeriod(MONDAY.minusDays(1), MONDAY)));

        assertEquals(List.of(DayPart.MORNING, DayPart.EVENING), answers.get(0).available());
        assertTrue(answers.get(0).answered());
        assertEquals(List.of(), answers.get(1).available(), "nothing declared for Tuesday");
        assertFalse(answers.get(1).answered());
        assertEquals(2, answers.size(), "a declared day without an exam day is not asked about");
    }

    @Test
    void aDateAnsweredWithoutPartsIsNotAvailableWhichIsNotTheSameAsNeverAnswered() {
        List<ExamDayAnswer> answers = ExamDayAnswer.of(
                List.of(new ExamDayAnswer.Opened(MONDAY, "Utrecht"), new ExamDayAnswer.Opened(TUESDAY, "Zwolle")),
                List.of(),
                List.of(new AnsweredPeriod(MONDAY.minusDays(7), MONDAY)));

        assertTrue(answers.get(0).answered(), "Monday lies in the period answered: said no");
        assertEquals(List.of(), answers.get(0).available());
        assertFalse(answers.get(1).answered(), "Tuesday was never answered");
    }
}
