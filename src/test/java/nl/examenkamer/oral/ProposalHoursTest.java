package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ProposalHoursTest {

    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

    @Test
    void hoursLeftOutAreTheWorkingDay() {
        assertEquals(ProposalHours.WORKING_DAY, ProposalHours.of(null, null));
        assertEquals(
                new ProposalHours(LocalTime.of(9, 0), LocalTime.of(12, 0)), ProposalHours.of(null, LocalTime.NOON));
    }

    @Test
    void hoursNobodyCanDeclareOrThatEndBeforeTheyStartAreRefused() {
        assertEquals("oral.proposal.hours", refused(LocalTime.of(7, 30), FIVE_PM));
        assertEquals("oral.proposal.hours", refused(FIVE_PM, LocalTime.of(22, 30)));
        assertEquals("oral.proposal.hours", refused(FIVE_PM, FIVE_PM));
        assertEquals("oral.proposal.hours", refused(FIVE_PM, LocalTime.of(16, 0)));
        assertEquals(
                new ProposalHours(LocalTime.of(8, 0), LocalTime.of(22, 0)),
                ProposalHours.of(LocalTime.of(8, 0), LocalTime.of(22, 0)));
    }

    @Test
    void hoursMustHoldOneExamWithItsDeliberation() {
        ProposalHours evening = ProposalHours.of(FIVE_PM, LocalTime.of(18, 15));

        assertEquals(evening, evening.holding(75));
        RuleViolation tooShort = assertThrows(RuleViolation.class, () -> evening.holding(76));
        assertEquals("oral.proposal.hoursTooShort", tooShort.messageKey());
    }

    private static String refused(LocalTime from, LocalTime until) {
        return assertThrows(RuleViolation.class, () -> ProposalHours.of(from, until))
                .messageKey();
    }
}
