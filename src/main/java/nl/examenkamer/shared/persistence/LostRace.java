package nl.examenkamer.shared.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * A transaction that lost a race with another for the same row, and was rolled back whole: the row
 * changed since it was read, or the same row was inserted twice at once. The services refuse a
 * duplicate themselves ("the code is already in use"), so a unique key that refuses one at the
 * commit was beaten to it by a request running at the same moment. Whoever lost can read the new
 * state and try again; it is not a fault of the application.
 */
public final class LostRace {

    /** SQL's state for a unique key refusing a row, in H2 as in PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private LostRace() {}

    /** Whether a failure, however deep the container wrapped it, is such a lost race. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
