package nl.examenkamer.oral;

import java.time.LocalDate;
import java.util.Objects;

/** An examiner can examine on this day in this part of the day. */
public record Availability(LocalDate day, DayPart part) {

    public Availability {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(part, "part");
    }
}
