package nl.examenkamer.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import org.junit.jupiter.api.Test;

/** A mail names a moment as its reader says it, in the platform's time zone. */
class MailTextTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void anInstantReadsInDutchInTheGivenZone() {
        assertEquals(
                "dinsdag 9 maart 2027 om 10:00",
                MailText.moment(Messages.DUTCH, Instant.parse("2027-03-09T09:00:00Z"), AMSTERDAM));
        assertEquals(
                "zondag 31 oktober 2027 om 02:30",
                MailText.moment(Messages.DUTCH, Instant.parse("2027-10-31T01:30:00Z"), AMSTERDAM),
                "after the clocks went back: winter time");
    }

    @Test
    void aReaderWhoChoseEnglishReadsItInEnglishAndAnyOtherLanguageInDutch() {
        Instant moment = Instant.parse("2027-03-09T09:00:00Z");
        assertEquals("Tuesday 9 March 2027 at 10:00", MailText.moment(Locale.ENGLISH, moment, AMSTERDAM));
        assertEquals("Tuesday 9 March 2027 at 10:00", MailText.moment(Locale.UK, moment, AMSTERDAM));
        assertEquals("dinsdag 9 maart 2027 om 10:00", MailText.moment(Locale.GERMAN, moment, AMSTERDAM));
    }

    @Test
    void aDayReadsWithItsWeekdayInTheReadersLanguage() {
        assertEquals("dinsdag 9 maart 2027", MailText.date(Messages.DUTCH, java.time.LocalDate.of(2027, 3, 9)));
        assertEquals("Tuesday 9 March 2027", MailText.date(Locale.ENGLISH, java.time.LocalDate.of(2027, 3, 9)));
    }

    @Test
    void aLaterTimeOnTheSameDayReadsAsHoursAndMinutes() {
        assertEquals("12:30", MailText.time(Instant.parse("2027-03-09T11:30:00Z"), AMSTERDAM));
    }

    @Test
    void aLocalMomentReadsAsItIs() {
        assertEquals(
                "woensdag 10 maart 2027 om 14:15",
                MailText.moment(Messages.DUTCH, LocalDateTime.of(2027, 3, 10, 14, 15)));
    }
}
