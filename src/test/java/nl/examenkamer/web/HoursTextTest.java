package nl.examenkamer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.Reason;
import org.junit.jupiter.api.Test;

class HoursTextTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void aDutchPageWritesHoursWithADecimalCommaAnEnglishOneWithAPoint() {
        assertEquals("57,5", HoursText.shown(Hours.of("57.5"), DUTCH));
        assertEquals("0,25", HoursText.shown("0.25", DUTCH));
        assertEquals("60", HoursText.shown(new BigDecimal("60.00"), DUTCH));
        assertEquals("57.5", HoursText.shown(Hours.of("57.5"), Locale.ENGLISH));
    }

    @Test
    void manyHoursGetNoThousandsSeparator() {
        assertEquals("1200", HoursText.shown("1200", DUTCH), "1.200 reads as 1.2 to whoever types it back");
        assertEquals("1200", HoursText.shown("1200", Locale.ENGLISH));
    }

    @Test
    void whatIsNotANumberIsShownAsItIs() {
        assertEquals("", HoursText.shown(null, DUTCH));
        assertEquals("abc", HoursText.shown("abc", DUTCH));
    }

    @Test
    void aDecimalCommaTypedOnADutchPageIsReadAsAPoint() {
        assertEquals("7.5", HoursText.typed("7,5", DUTCH));
        assertEquals("7.5", HoursText.typed("7.5", DUTCH));
        assertEquals(null, HoursText.typed(null, DUTCH));
    }

    @Test
    void whatCannotBeOneNumberIsLeftForTheServiceToRefuseByName() {
        assertEquals("7,5,5", HoursText.typed("7,5,5", DUTCH));
        assertEquals("1.000,5", HoursText.typed("1.000,5", DUTCH));
        assertEquals("7,5", HoursText.typed("7,5", Locale.ENGLISH), "on an English page 7,5 may mean seventy-five");
    }

    @Test
    void anAdmissionReasonWritesItsHoursLikeTheRestOfThePage() {
        Reason reason = Reason.of("admission.unmet.theme", "Wettelijk kader", "2.5", "4");
        assertEquals("thema Wettelijk kader: 2,5 van ten minste 4 contacturen", HoursText.inReason(reason, DUTCH));
        assertEquals(
                "theme Wettelijk kader: 2.5 of at least 4 contact hours", HoursText.inReason(reason, Locale.ENGLISH));
    }
}
