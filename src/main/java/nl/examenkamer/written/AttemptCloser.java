package nl.examenkamer.written;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.examenkamer.shared.database.OwnTransaction;

/**
 * Closes attempts whose deadline has passed, every few seconds, whether or not a browser is still
 * there, and scores them. Each attempt is ended and scored in its own transaction, begun here, by a
 * conditional update, so a deadline moved by extra time meanwhile, or a second server doing the
 * same, changes nothing; an attempt that cannot be scored stays open for the next round and does
 * not hold up the ones behind it.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class AttemptCloser {

    private static final Logger LOG = Logger.getLogger(AttemptCloser.class.getName());

    @Inject
    private AttemptStore store;

    @Inject
    private AttemptService attempts;

    @Inject
    private Clock clock;

    // each attempt's transaction begun here, not by the service: see OwnTransaction
    @Resource
    private UserTransaction transaction;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void closeExpired() {
        List<Long> expired;
        try {
            expired = store.pastDeadline(clock.instant(), 500);
        } catch (RuntimeException e) {
            // the next round tries again; a database that is away for a moment must not stop the timer
            LOG.log(Level.WARNING, "reading attempts past their deadline failed; retrying in 5 s", e);
            return;
        }
        for (long attemptId : expired) {
            close(attemptId);
        }
    }

    private void close(long attemptId) {
        try {
            OwnTransaction.run(transaction, () -> attempts.closeAtDeadline(attemptId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "closing attempt " + attemptId + " at its deadline failed; retrying in 5 s", e);
        }
    }
}
