package nl.examenkamer.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.examenkamer.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** A mail that cannot be sent is tried again sooner after a hiccup and for days after an outage. */
class MailRetryTest {

    private static final Instant QUEUED = Instant.parse("2027-03-09T09:00:00Z");

    @Test
    void theWaitDoublesFromThreeSecondsToAnHour() {
        Instant now = QUEUED.plusSeconds(10);
        assertEquals(Optional.of(now.plusSeconds(3)), MailRetry.next(1, QUEUED, now));
        assertEquals(Optional.of(now.plusSeconds(6)), MailRetry.next(2, QUEUED, now));
        assertEquals(Optional.of(now.plusSeconds(3 * 1024)), MailRetry.next(11, QUEUED, now), "51 minutes");
        assertEquals(Optional.of(now.plus(Duration.ofHours(1))), MailRetry.next(12, QUEUED, now), "capped");
        assertEquals(Optional.of(now.plus(Duration.ofHours(1))), MailRetry.next(70, QUEUED, now), "no overflow");
    }

    @Test
    void aMailIsTriedForThreeDaysFromWhenItWasQueued() {
        Instant late = QUEUED.plus(Duration.ofDays(3)).minusSeconds(4);
        assertTrue(MailRetry.next(40, QUEUED, QUEUED.plus(Duration.ofDays(2))).isPresent(), "a night's outage");
        assertTrue(MailRetry.next(1, QUEUED, late).isPresent(), "3 s before the end");
        assertEquals(Optional.empty(), MailRetry.next(80, QUEUED, late), "an hour's wait would pass the end");
    }

    @Test
    void aFailedMailWaitsAndOneFailingForThreeDaysIsGivenUp() {
        OutboxMail mail = new OutboxMail("anna@example.org", "Uitnodiging", "Beste Anna", null, null, QUEUED);
        assertTrue(mail.failed("Connection refused", QUEUED.plusSeconds(1)));
        assertEquals(1, mail.attempts());
        assertFalse(mail.failed("Connection refused", QUEUED.plus(Duration.ofDays(3))), "given up");
        assertEquals(2, mail.attempts());
    }

    @Test
    void aMailGivenUpOnIsTriedAgainOnRequestForThreeMoreDays() {
        OutboxMail mail = new OutboxMail("anna@example.org", "Uitnodiging", "Beste Anna", null, null, QUEUED);
        assertEquals(OutboxMail.State.WAITING, mail.state());
        assertThrows(RuleViolation.class, () -> mail.tryAgain(QUEUED), "nothing to try again yet");
        mail.failed("Connection refused", QUEUED.plusSeconds(1));
        assertEquals(OutboxMail.State.RETRYING, mail.state());
        assertThrows(RuleViolation.class, () -> mail.tryAgain(QUEUED), "already being tried");
        Instant fourthDay = QUEUED.plus(Duration.ofDays(3));
        mail.failed("Connection refused", fourthDay);
        assertEquals(OutboxMail.State.GIVEN_UP, mail.state());
        assertEquals(null, mail.nextAttemptAt());

        mail.tryAgain(fourthDay.plusSeconds(60));
        assertEquals(OutboxMail.State.RETRYING, mail.state());
        assertEquals(fourthDay.plusSeconds(60), mail.nextAttemptAt(), "due at once");
        assertTrue(
                mail.failed("Mailbox full", fourthDay.plus(Duration.ofDays(2))),
                "three days counted from the request, not from the queueing");
        assertEquals("Mailbox full", mail.lastError());
        mail.sent(fourthDay.plus(Duration.ofDays(2)).plusSeconds(3600));
        assertEquals(OutboxMail.State.SENT, mail.state());
    }

    @Test
    void countingStartsAtTheFirstFailure() {
        assertThrows(IllegalArgumentException.class, () -> MailRetry.next(0, QUEUED, QUEUED));
    }
}
