package nl.examenkamer.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A mail names a moment as a Dutch reader says it, in the platform's time zone. */
class MailTextTest {

    @Test
    void anInstantReadsInDutchInTheGivenZone() {
        assertEquals(
                "dinsdag 9 maart 2027 om 10:00",
                MailText.moment(Instant.parse("2027-03-09T09:00:00Z"), ZoneId.of("Europe/Amsterdam")));
        assertEquals(
                "zondag 31 oktober 2027 om 02:30",
                MailText.moment(Instant.parse("2027-10-31T01:30:00Z"), ZoneId.of("Europe/Amsterdam")),
                "after the clocks went back: winter time");
    }

    @Test
    void aLaterTimeOnTheSameDayReadsAsHoursAndMinutes() {
        assertEquals("12:30", MailText.time(Instant.parse("2027-03-09T11:30:00Z"), ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void aLocalMomentReadsAsItIs() {
        assertEquals("woensdag 10 maart 2027 om 14:15", MailText.moment(LocalDateTime.of(2027, 3, 10, 14, 15)));
    }
}
