package nl.examenkamer.oral;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When an oral exam takes place: the exam itself and the examiners' deliberation after it, both of
 * the scheme's length. Room and examiners are taken for the whole slot.
 */
public record ExamSlot(ZonedDateTime start, int examMinutes, int deliberationMinutes) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public static ExamSlot at(LocalDateTime start, int examMinutes, int deliberationMinutes) {
        return new ExamSlot(start.atZone(ZONE), examMinutes, deliberationMinutes);
    }

    public ZonedDateTime examEnd() {
        return start.plusMinutes(examMinutes);
    }

    public ZonedDateTime end() {
        return examEnd().plusMinutes(deliberationMinutes);
    }

    public LocalDate day() {
        return start.toLocalDate();
    }

    public boolean overlaps(ExamSlot other) {
        return start.isBefore(other.end()) && other.start.isBefore(end());
    }

    /** The parts of the day an examiner must be available for; a slot past midnight is refused earlier. */
    public Set<DayPart> dayParts() {
        LocalTime from = start.toLocalTime();
        LocalTime until = end().toLocalTime();
        Set<DayPart> parts = EnumSet.noneOf(DayPart.class);
        for (DayPart part : DayPart.values()) {
            if (part.touches(from, until)) {
                parts.add(part);
            }
        }
        return parts;
    }

    public boolean endsOnSameDay() {
        return end().toLocalDate().equals(day());
    }
}
