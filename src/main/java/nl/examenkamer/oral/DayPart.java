package nl.examenkamer.oral;

import java.time.LocalTime;

/**
 * The parts of a day an examiner declares availability for. A slot needs the examiner for every
 * part it touches: a slot from 11:30 to 12:45 needs both the morning and the afternoon.
 */
public enum DayPart {
    MORNING(LocalTime.of(8, 0), LocalTime.NOON),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.of(22, 0));

    private final LocalTime from;
    private final LocalTime until;

    DayPart(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime until() {
        return until;
    }

    /** Whether [start, end) on one day shares any time with this part. */
    public boolean touches(LocalTime start, LocalTime end) {
        return start.isBefore(until) && end.isAfter(from);
    }
}
