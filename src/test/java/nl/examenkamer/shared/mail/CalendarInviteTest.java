package nl.examenkamer.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The .ics calendar clients read: an invitation, an update of the same event, a cancellation. */
class CalendarInviteTest {

    @Test
    void anInvitationIsARequestForOneEventWithItsAttendees() throws Exception {
        Calendar calendar = parse(invite(0, CalendarInvite.Method.REQUEST).toIcs());

        assertEquals(
                "REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals(
                "oral-77@examenkamer.nl",
                event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        // an oral exam at 09:00 in Amsterdam in December (08:00 UTC), to 10:15 with deliberation
        assertEquals(
                "20261208T080000Z",
                event.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals(
                "20261208T091500Z",
                event.getProperty(Property.DTEND).orElseThrow().getValue());
        assertEquals(
                "CONFIRMED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        List<String> attendees = event.getProperties(Property.ATTENDEE).stream()
                .map(Property::getValue)
                .toList();
        assertEquals(
                List.of("mailto:karin@example.org", "mailto:anna@example.org", "mailto:bram@example.org"), attendees);
        assertTrue(event.getProperties(Property.ATTENDEE).get(1).toString().contains("ROLE=CHAIR"));
    }

    @Test
    void aCancellationCarriesTheSameUidAHigherSequenceAndTheCancelledStatus() throws Exception {
        Calendar calendar = parse(invite(2, CalendarInvite.Method.CANCEL).toIcs());

        assertEquals(
                "CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals(
                "oral-77@examenkamer.nl",
                event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("2", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(
                "CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
    }

    private static CalendarInvite invite(int sequence, CalendarInvite.Method method) {
        return new CalendarInvite(
                "oral-77@examenkamer.nl",
                sequence,
                method,
                Instant.parse("2026-12-08T08:00:00Z"),
                Instant.parse("2026-12-08T09:15:00Z"),
                Instant.parse("2026-11-23T10:00:00Z"),
                "Mondeling examen RCCM",
                "Utrecht, zaal 2",
                "Karin Jansen (C0000018)",
                new CalendarInvite.Person("Examenkamer", "examens@example.org", false),
                List.of(
                        new CalendarInvite.Person("Karin Jansen", "karin@example.org", false),
                        new CalendarInvite.Person("Anna de Vries", "anna@example.org", true),
                        new CalendarInvite.Person("Bram Jansen", "bram@example.org", false)));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
