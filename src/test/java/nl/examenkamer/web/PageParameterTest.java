package nl.examenkamer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PageParameterTest {

    @Test
    void anAddressWithoutTheParameterOrWithOnlySpacesHasNothingChosen() {
        assertTrue(PageParameter.missing(null));
        assertTrue(PageParameter.missing(" "));
        assertFalse(PageParameter.missing("12"));
    }

    @Test
    void aNumberIsReadWithTheSpacesACopiedLinkMayCarry() {
        assertEquals(OptionalLong.of(12), PageParameter.number("12"));
        assertEquals(OptionalLong.of(12), PageParameter.number(" 12 "));
    }

    @Test
    void anythingButAPositiveWholeNumberIsNoNumber() {
        for (String typed : new String[] {null, "", "abc", "12a", "1.5", "0", "-3", "99999999999999999999"}) {
            assertEquals(OptionalLong.empty(), PageParameter.number(typed), "'" + typed + "'");
        }
    }
}
