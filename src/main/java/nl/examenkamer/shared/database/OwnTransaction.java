package nl.examenkamer.shared.database;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * One step of background work (a timer, start-up) in a transaction the caller begins itself, as a
 * request's would be. Outside a request, a transaction begun by a service's own {@code @Transactional}
 * did not give its JPA work and the exam store's JDBC work one connection: on PostgreSQL a start's
 * insert waited for ever on the enrolment its own JPA side had locked, and after a failed close the
 * store's next statements went on a connection that nothing committed. A transaction begun through
 * {@code UserTransaction} is known to the container, and both take the same connection.
 */
public final class OwnTransaction {

    private OwnTransaction() {}

    /** Runs the step and commits; on any failure rolls back and throws. */
    public static <T> T run(UserTransaction transaction, Supplier<T> step) {
        try {
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("could not begin a transaction", e);
        }
        try {
            T result = step.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback(transaction, e);
            throw e;
        } catch (RollbackException | HeuristicMixedException | HeuristicRollbackException | SystemException e) {
            rollback(transaction, e);
            throw new IllegalStateException("the transaction did not commit", e);
        }
    }

    private static void rollback(UserTransaction transaction, Exception cause) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            cause.addSuppressed(e);
        }
    }
}
