package nl.examenkamer.oral;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * Dates an examiner gave their availability for. Every date in it is answered, also one without any
 * part: that examiner said they cannot come, which the board must tell apart from never having answered.
 */
public record AnsweredPeriod(LocalDate from, LocalDate until) {

    public AnsweredPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + until);
        }
    }

    /** Whether any of the periods holds the date: whether an examiner answered for it. */
    public static boolean anyCovers(Collection<AnsweredPeriod> periods, LocalDate date) {
        return periods.stream().anyMatch(period -> period.covers(date));
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }

    public boolean covers(AnsweredPeriod other) {
        return covers(other.from) && covers(other.until);
    }
}
