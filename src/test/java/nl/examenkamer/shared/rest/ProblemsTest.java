package nl.examenkamer.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void aCommitThatLostARaceIsAConflictHoweverDeepTheContainerWrapsIt() {
        // as the @Transactional interceptor reports a commit that failed on a row's version
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(new OptimisticLockException("changed since it was last read"));
        TransactionalException failure = new TransactionalException("exception during commit", rollback);

        assertTrue(Problems.isConcurrentChange(failure));
        assertTrue(
                Problems.isConcurrentChange(new TransactionalException(
                        "exception during commit",
                        new RuntimeException(new SQLException("Unique index or primary key violation", "23505")))),
                "the same row inserted twice at once");
        assertFalse(Problems.isConcurrentChange(new SQLException("Value too long for column", "22001")));
        assertFalse(Problems.isConcurrentChange(new IllegalStateException("something else")));
        assertFalse(Problems.isConcurrentChange(null));
    }

    @Test
    void aConflictTellsTheCallerNothingWasStoredAndWhatToDo() {
        Problem dutch = Problems.concurrentChange(new Locale("nl"), "/api/v1/modules/AG-1");
        Problem english = Problems.concurrentChange(Locale.ENGLISH, "/api/v1/modules/AG-1");

        assertEquals(409, dutch.status());
        assertEquals("concurrent-change", dutch.code());
        assertTrue(dutch.detail().contains("uw wijziging is niet opgeslagen"), dutch.detail());
        assertTrue(english.detail().contains("your change was not saved"), english.detail());
    }
}
