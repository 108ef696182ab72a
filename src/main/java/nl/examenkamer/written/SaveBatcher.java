package nl.examenkamer.written;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.examenkamer.shared.database.SchemaMigration;

/**
 * Group commit for answer saves. On the embedded database every commit writes to the file before
 * it returns (so a killed server loses nothing acknowledged), and commits happen one at a time:
 * saves that each commit alone queue behind each other. Here the saves that arrive together are
 * written by one thread in one transaction, and each caller is answered only after that commit.
 * Every save is still the same conditional UPDATE, so each one is applied or not on its own.
 */
@ApplicationScoped
public class SaveBatcher {

    private static final Logger LOG = Logger.getLogger(SaveBatcher.class.getName());
    private static final int MAX_BATCH = 512;
    private static final int REPLY_THREADS = 4;
    /** Package-private for {@code SaveWriterBenchmark}, which measures this statement without the server. */
    static final String SAVE = "UPDATE attempt_item SET answer = ?, flagged = ?, client_seq = ?, saved_at = ?"
            + " WHERE attempt_id = ? AND position = ? AND client_seq < ? AND EXISTS (SELECT 1 FROM attempt a"
            + " WHERE a.id = ? AND a.token_hash = ? AND a.status = 'IN_PROGRESS' AND a.deadline > ?)";

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile ExecutorService replies;
    private volatile boolean stopping;

    private record Pending(
            long attemptId,
            int position,
            String tokenHash,
            String answer,
            boolean flagged,
            long seq,
            Instant now,
            CompletableFuture<Boolean> applied) {}

    /**
     * Stores the save with others arriving at the same moment. The result (true when it changed the
     * row) arrives after the commit, on one of the reply threads: the writer only writes, and no
     * request thread waits idle meanwhile, so a batch can hold every save in flight.
     */
    public CompletableFuture<Boolean> save(
            long attemptId, int position, String tokenHash, String answer, boolean flagged, long seq, Instant now) {
        Pending pending =
                new Pending(attemptId, position, tokenHash, answer, flagged, seq, now, new CompletableFuture<>());
        ensureWriter();
        queue.add(pending);
        return pending.applied();
    }

    /** The threads that answer the callers once their saves are committed. */
    public Executor replies() {
        ensureWriter();
        return replies;
    }

    /** Every save passes here: only a missing or dead writer takes the lock. */
    private void ensureWriter() {
        Thread current = writer;
        if (current == null || !current.isAlive()) {
            startWriter();
        }
    }

    private synchronized void startWriter() {
        if (writer == null || !writer.isAlive()) {
            if (replies == null) {
                replies = Executors.newFixedThreadPool(REPLY_THREADS, threads);
            }
            writer = threads.newThread(this::write);
            writer.setName("answer-saves");
            writer.start();
        }
    }

    private void write() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (!stopping) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                store(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "answer saves failed", e);
                batch.forEach(p -> replies.execute(() -> p.applied().completeExceptionally(e)));
            } finally {
                batch.clear();
            }
        }
    }

    private void store(List<Pending> batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            int[] counts;
            try (PreparedStatement save = connection.prepareStatement(SAVE)) {
                for (Pending p : batch) {
                    bind(save, p.attemptId(), p.position(), p.tokenHash(), p.answer(), p.flagged(), p.seq(), p.now());
                    save.addBatch();
                }
                counts = save.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            for (int i = 0; i < batch.size(); i++) {
                boolean applied = counts[i] == 1;
                CompletableFuture<Boolean> reply = batch.get(i).applied();
                replies.execute(() -> reply.complete(applied));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store " + batch.size() + " answer saves", e);
        }
    }

    /** Sets the parameters of {@link #SAVE} for one save. */
    static void bind(
            PreparedStatement save,
            long attemptId,
            int position,
            String tokenHash,
            String answer,
            boolean flagged,
            long seq,
            Instant now)
            throws SQLException {
        if (answer == null) {
            save.setNull(1, Types.VARCHAR);
        } else {
            save.setString(1, answer);
        }
        save.setBoolean(2, flagged);
        save.setLong(3, seq);
        save.setObject(4, now.atOffset(ZoneOffset.UTC));
        save.setLong(5, attemptId);
        save.setInt(6, position);
        save.setLong(7, seq);
        save.setLong(8, attemptId);
        save.setString(9, tokenHash);
        save.setObject(10, now.atOffset(ZoneOffset.UTC));
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (replies != null) {
            replies.shutdown();
        }
    }
}
