package nl.examenkamer.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class LostRaceTest {

    @Test
    void aCommitThatLostARaceIsOneHoweverDeepTheContainerWrapsIt() {
        // as the @Transactional interceptor reports a commit that failed on a row's version
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(new OptimisticLockException("changed since it was last read"));

        assertTrue(LostRace.isCauseOf(new TransactionalException("exception during commit", rollback)));
        assertTrue(
                LostRace.isCauseOf(new TransactionalException(
                        "exception during commit",
                        new RuntimeException(new SQLException("Unique index or primary key violation", "23505")))),
                "the same row inserted twice at once");
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(LostRace.isCauseOf(new SQLException("Value too long for column", "22001")));
        assertFalse(LostRace.isCauseOf(new IllegalStateException("something else")));
        assertFalse(LostRace.isCauseOf(null));
    }
}
