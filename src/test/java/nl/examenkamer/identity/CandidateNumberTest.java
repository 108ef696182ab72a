package nl.examenkamer.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class CandidateNumberTest {

    @Test
    void numbersCarryALuhnCheckDigit() {
        CandidateNumber first = CandidateNumber.forSequence(1);
        assertEquals("C0000018", first.value());
        assertTrue(CandidateNumber.isValid(first.value()));
        assertEquals("C1234566", CandidateNumber.forSequence(123456).value());
    }

    @Test
    void aMistypedDigitOrSwappedPairIsCaught() {
        assertFalse(CandidateNumber.isValid("C0000019"), "last digit wrong");
        assertFalse(CandidateNumber.isValid("C1243566"), "two digits swapped");
        assertFalse(CandidateNumber.isValid("0000018"), "no C");
        assertThrows(IllegalArgumentException.class, () -> new CandidateNumber("C000001"));
    }

    @Test
    void whatAPersonTypesIsTidiedUp() {
        assertEquals("C0000018", CandidateNumber.parse(" c000 0018 ").value());
        assertEquals(Optional.of(new CandidateNumber("C0000018")), CandidateNumber.typed(" c000 0018 "));
    }

    @Test
    void aTypedNumberThatIsNoNumberIsEmptyRatherThanAnError() {
        assertEquals(Optional.empty(), CandidateNumber.typed("C0000019"), "check digit wrong");
        assertEquals(Optional.empty(), CandidateNumber.typed(""));
        assertEquals(Optional.empty(), CandidateNumber.typed(null));
        assertEquals(Optional.empty(), CandidateNumber.typed("Jansen"));
    }

    @Test
    void aRequiredNumberThatIsNoNumberIsRefusedNamingWhatWasTyped() {
        assertEquals(new CandidateNumber("C0000018"), CandidateNumber.required("c0000018"));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CandidateNumber.required("C0000019"));
        assertEquals("candidate.number.invalid", refused.messageKey());
        assertEquals("C0000019", refused.arguments()[0]);
    }
}
