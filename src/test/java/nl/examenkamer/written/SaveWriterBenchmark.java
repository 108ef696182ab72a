package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import nl.examenkamer.testing.BenchmarkH2;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The answer-save writer alone, without the server: {@link SaveBatcher}'s statement and binding, in
 * batches committed together, on an H2 file with the application's schema and {@code WRITE_DELAY=0}
 * as the server runs it. It tells how much CPU the writer needs per save, so the exam benchmark's
 * figures can be split into the writer's share and the request's share. Printed, never asserted on
 * time; run with {@code mvn -Pbenchmark verify -Dit.test=SaveWriterBenchmark}.
 */
class SaveWriterBenchmark {

    private static final int ATTEMPTS = 200; // the exam benchmark's closed loop: one attempt per connection
    private static final int ITEMS = 40;
    private static final int BATCH = 200;
    private static final Duration ROUND = Duration.ofSeconds(10);
    private static final String TOKEN_HASH = "0".repeat(64);

    @Test
    void theSaveWriterAlone() throws SQLException {
        JdbcDataSource h2 = BenchmarkH2.migrated("save-writer");

        try (Connection connection = h2.getConnection()) {
            fill(connection);
            System.out.printf(
                    "%n=== Save writer alone: %d attempts x %d items, batches of %d, H2 file ===%n",
                    ATTEMPTS, ITEMS, BATCH);
            round(connection, "warm-up (not counted)", 1);
            round(connection, "measured", 1 + 1_000_000_000L);
        }
    }

    /** Attempts and their items straight into the tables; sessions, enrolments and items are not needed here. */
    private static void fill(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        connection.setAutoCommit(false);
        Instant now = Instant.now();
        Random random = new Random(1);
        try (PreparedStatement attempt = connection.prepareStatement("INSERT INTO attempt (id, session_id,"
                        + " enrolment_id, seed, token_hash, status, started_at, deadline, last_seen_at)"
                        + " VALUES (?, 1, ?, 1, ?, 'IN_PROGRESS', ?, ?, ?)");
                PreparedStatement item = connection.prepareStatement("INSERT INTO attempt_item (attempt_id,"
                        + " position, item_version_id, option_order, flagged, client_seq)"
                        + " VALUES (?, ?, ?, 'B,A,D,C', FALSE, 0)")) {
            for (long id = 1; id <= ATTEMPTS; id++) {
                attempt.setLong(1, id);
                attempt.setLong(2, id);
                attempt.setString(3, TOKEN_HASH);
                attempt.setObject(4, now.atOffset(ZoneOffset.UTC));
                attempt.setObject(5, now.plus(Duration.ofHours(3)).atOffset(ZoneOffset.UTC));
                attempt.setObject(6, now.atOffset(ZoneOffset.UTC));
                attempt.addBatch();
                for (int position = 1; position <= ITEMS; position++) {
                    item.setLong(1, id);
                    item.setInt(2, position);
                    item.setLong(3, 1 + random.nextInt(400));
                    item.addBatch();
                }
            }
            attempt.executeBatch();
            item.executeBatch();
        }
        connection.commit();
    }

    /** Saves to random items of the attempts for one round; every save carries a higher sequence number. */
    private static void round(Connection connection, String label, long firstSeq) throws SQLException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Random random = new Random(2);
        long seq = firstSeq;
        long saves = 0;
        long applied = 0;
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try (PreparedStatement save = connection.prepareStatement(SaveBatcher.SAVE)) {
            while (System.nanoTime() - start < ROUND.toNanos()) {
                Instant now = Instant.now();
                for (int i = 0; i < BATCH; i++) {
                    long attemptId = 1 + random.nextInt(ATTEMPTS);
                    int position = 1 + random.nextInt(ITEMS);
                    SaveBatcher.bind(save, attemptId, position, TOKEN_HASH, "A", false, seq++, now);
                    save.addBatch();
                }
                for (int count : save.executeBatch()) {
                    applied += count;
                }
                connection.commit();
                saves += BATCH;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e3 / saves;
        System.out.printf(
                "%s: %d saves in %.1f s, %.0f saves/s on one thread, %.1f µs of CPU per save%n",
                label, saves, seconds, saves / seconds, cpuMicros);
        assertEquals(saves, applied, "every save has a higher sequence number than the last: each one applies");
    }
}
