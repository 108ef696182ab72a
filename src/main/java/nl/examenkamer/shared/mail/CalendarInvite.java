package nl.examenkamer.shared.mail;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar text of an invitation to an exam. One exam is one calendar event for everyone
 * invited: the same UID every time, a higher SEQUENCE for every change, so calendar clients update
 * or cancel the event they already hold instead of adding a second one.
 */
public record CalendarInvite(
        String uid,
        int sequence,
        Method method,
        Instant start,
        Instant end,
        Instant stamp,
        String summary,
        String location,
        String description,
        Person organizer,
        List<Person> attendees) {

    /** REQUEST invites or updates; CANCEL removes the event. The MIME part must say the same. */
    public enum Method {
        REQUEST,
        CANCEL
    }

    public record Person(String name, String email, boolean chairs) {}

    public CalendarInvite {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(method, "method");
        attendees = List.copyOf(attendees);
    }

    public String toIcs() {
        List<Property> event = new ArrayList<>();
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new DtStamp(stamp));
        event.add(new DtStart<>(start));
        event.add(new DtEnd<>(end));
        event.add(new Summary(summary));
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        event.add(new Organizer(new ParameterList(List.of(new Cn(organizer.name()))), mailto(organizer.email())));
        for (Person attendee : attendees) {
            List<Parameter> parameters = new ArrayList<>();
            parameters.add(new Cn(attendee.name()));
            parameters.add(attendee.chairs() ? Role.CHAIR : Role.REQ_PARTICIPANT);
            parameters.add(PartStat.NEEDS_ACTION);
            parameters.add(Rsvp.TRUE);
            event.add(new Attendee(new ParameterList(parameters), mailto(attendee.email())));
        }
        event.add(method == Method.CANCEL ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar(
                new PropertyList(List.of(
                        new ProdId("-//Examenkamer//Mondeling examen//NL"),
                        ImmutableVersion.VERSION_2_0,
                        ImmutableCalScale.GREGORIAN,
                        method == Method.CANCEL ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST)),
                new ComponentList<CalendarComponent>(List.of(new VEvent(new PropertyList(event)))));
        return calendar.toString();
    }

    private static URI mailto(String email) {
        return URI.create("mailto:" + email);
    }
}
