package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheme's pass rule: every competence at least Vakbekwaam (3). */
class PassRuleTest {

    private static final List<String> FORM = List.of("analyseren", "adviseren", "integer", "regisseren");
    private final PassRule rule = new PassRule(3);

    @Test
    void everyCompetenceAtVakbekwaamOrHigherPasses() {
        PassRule.Outcome outcome =
                rule.decide(FORM, Map.of("analyseren", 3, "adviseren", 4, "integer", 3, "regisseren", 4));
        assertTrue(outcome.passed());
        assertEquals(FORM, outcome.deciding(), "a pass is decided by every competence");
    }

    @Test
    void oneCompetenceAtBasisFailsAndIsNamedAsDeciding() {
        PassRule.Outcome outcome =
                rule.decide(FORM, Map.of("analyseren", 4, "adviseren", 2, "integer", 4, "regisseren", 4));
        assertFalse(outcome.passed());
        assertEquals(List.of("adviseren"), outcome.deciding());
    }

    @Test
    void theDecidingCompetenciesOfAFailKeepTheFormsOrder() {
        PassRule.Outcome outcome =
                rule.decide(FORM, Map.of("analyseren", 3, "adviseren", 1, "integer", 4, "regisseren", 2));
        assertFalse(outcome.passed());
        assertEquals(List.of("adviseren", "regisseren"), outcome.deciding());
    }

    @Test
    void aHigherMinimumFromTheSchemeIsApplied() {
        PassRule.Outcome outcome =
                new PassRule(4).decide(FORM, Map.of("analyseren", 4, "adviseren", 3, "integer", 4, "regisseren", 4));
        assertFalse(outcome.passed());
        assertEquals(List.of("adviseren"), outcome.deciding());
    }

    @Test
    void aCompetenceWithoutAnAgreedRatingCannotBeDecided() {
        assertThrows(
                IllegalArgumentException.class,
                () -> rule.decide(FORM, Map.of("analyseren", 4, "adviseren", 3, "integer", 4)));
    }
}
