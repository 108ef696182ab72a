package nl.examenkamer.oral;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** An examiner can examine on this day in this part of the day. */
public record Availability(LocalDate day, DayPart part) {

    public Availability {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(part, "part");
    }

    /** The same parts on every date from one date to another (inclusive): a week away is one answer. */
    public static Set<Availability> everyDay(LocalDate from, LocalDate until, Collection<DayPart> parts) {
        return from.datesUntil(until.plusDays(1))
                .flatMap(date -> parts.stream().map(part -> new Availability(date, part)))
                .collect(Collectors.toSet());
    }
}
