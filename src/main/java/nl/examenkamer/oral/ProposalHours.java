package nl.examenkamer.oral;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalTime;
import nl.examenkamer.shared.RuleViolation;

/**
 * The hours of an exam day the scheduler fills: the working day unless the board chooses others,
 * such as an evening for candidates who cannot leave work. Never outside the parts of a day an
 * examiner can declare (08:00 to 22:00), since nobody could be available then.
 */
public record ProposalHours(LocalTime from, LocalTime until) implements Serializable {

    // before WORKING_DAY: its construction checks against them
    private static final LocalTime EARLIEST = DayPart.MORNING.from();
    private static final LocalTime LATEST = DayPart.EVENING.until();

    public static final ProposalHours WORKING_DAY = new ProposalHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    public ProposalHours {
        if (from == null
                || until == null
                || !from.isBefore(until)
                || from.isBefore(EARLIEST)
                || until.isAfter(LATEST)) {
            throw RuleViolation.invalid("oral.proposal.hours", from, until, EARLIEST, LATEST);
        }
    }

    /** The hours the board chose; a time left out is the working day's. */
    public static ProposalHours of(LocalTime from, LocalTime until) {
        return new ProposalHours(from == null ? WORKING_DAY.from : from, until == null ? WORKING_DAY.until : until);
    }

    /** Refuses hours that hold not even one exam with its deliberation. */
    public ProposalHours holding(int slotMinutes) {
        if (Duration.between(from, until).toMinutes() < slotMinutes) {
            throw RuleViolation.invalid("oral.proposal.hoursTooShort", from, until, slotMinutes);
        }
        return this;
    }
}
