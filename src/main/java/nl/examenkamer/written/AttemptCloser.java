package nl.examenkamer.written;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes attempts whose deadline has passed, every few seconds, whether or not a browser is still
 * there, and scores them. Each attempt is ended in its own transaction by a conditional update, so
 * a deadline moved by extra time meanwhile, or a second server doing the same, changes nothing.
 */
@Singleton
public class AttemptCloser {

    private static final Logger LOG = Logger.getLogger(AttemptCloser.class.getName());

    @Inject
    private AttemptStore store;

    @Inject
    private AttemptService attempts;

    @Inject
    private Clock clock;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void closeExpired() {
        try {
            for (long attemptId : store.pastDeadline(clock.instant(), 500)) {
                attempts.closeAtDeadline(attemptId);
            }
        } catch (RuntimeException e) {
            // the next round tries again; a database that is away for a moment must not stop the timer
            LOG.log(Level.WARNING, "closing attempts past their deadline failed; retrying in 5 s", e);
        }
    }
}
