package nl.examenkamer.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HoursTest {

    @Test
    void quarterHoursAreAccepted() {
        assertEquals("57.5", Hours.parse("57.5").toString());
        assertEquals("0.25", Hours.parse("0.25").toString());
        assertEquals("60", Hours.parse("60.00").toString());
        assertNull(Hours.problemWith("1.75"));
    }

    @Test
    void everythingElseIsRefusedWithItsReason() {
        assertTrue(Hours.problemWith("7,5").toString().contains("decimal comma; write 7.5"));
        assertTrue(Hours.problemWith("-1").toString().contains("negative"));
        assertTrue(Hours.problemWith("1.1").toString().contains("quarter hours"));
        assertTrue(Hours.problemWith("zeven").toString().contains("not a number"));
        assertTrue(Hours.problemWith(" ").toString().contains("empty"));
    }

    @Test
    void arithmetic() {
        assertEquals(Hours.of("59.75"), Hours.of("57.5").plus(Hours.of("2.25")));
        assertEquals(Hours.of("0.25"), Hours.of("60").minus(Hours.of("59.75")));
        assertEquals(Hours.ZERO, Hours.of("1").minus(Hours.of("2")), "never below zero");
        assertTrue(Hours.of("60").isAtLeast(Hours.of("60.00")));
    }

    @Test
    void theShareOfAMinimumReachesAHundredOnlyWhenItIsMet() {
        assertEquals(66, Hours.of("40").percentageOf(Hours.of("60")));
        assertEquals(99, Hours.of("59.75").percentageOf(Hours.of("60")));
        assertEquals(100, Hours.of("60").percentageOf(Hours.of("60")));
        assertEquals(100, Hours.of("120").percentageOf(Hours.of("60")), "never past the end of the bar");
        assertEquals(0, Hours.ZERO.percentageOf(Hours.of("100")));
        assertEquals(100, Hours.ZERO.percentageOf(Hours.ZERO), "nothing asked is met");
    }
}
