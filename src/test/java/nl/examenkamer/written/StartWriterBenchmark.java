package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.examenkamer.testing.BenchmarkH2;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A start's database writes alone, without the server: the attempt row, its 40 form rows and the
 * audit entry, committed once per start as the server does, with {@link AttemptStore}'s own statements for
 * the first two, on an H2 file with the application's
 * schema and {@code WRITE_DELAY=0}. Foreign keys are not checked, so this is a floor: the server's
 * start costs at least this much CPU in the database. The rounds alternate between the schema as it
 * is, the same with the index on the form rows' item versions that migration V7 dropped (what that
 * index cost), and the attempt row and the audit entry only (what the 40 form rows cost).
 * Printed, never asserted on time; run with {@code mvn -Pbenchmark verify
 * -Dit.test=StartWriterBenchmark}.
 */
class StartWriterBenchmark {

    private static final int ITEMS = 40;
    private static final int THREADS = 2;
    private static final Duration ROUND = Duration.ofSeconds(10);
    private static final String TOKEN_HASH = "0".repeat(64);

    private final AtomicLong nextEnrolment = new AtomicLong(1);

    @Test
    void theStartWritesAlone() throws Exception {
        JdbcDataSource h2 = BenchmarkH2.migrated("start-writer");
        System.out.printf(
                "%n=== Start writer alone: attempt + %d form rows + audit entry, one commit each, %d threads, H2 file ===%n",
                ITEMS, THREADS);
        round(h2, "warm-up (not counted)", ITEMS);
        round(h2, "warm-up (not counted)", 0);
        for (int time = 1; time <= 2; time++) {
            round(h2, "measured, the form row by row", ITEMS);
            withItemVersionIndex(h2, true);
            round(h2, "measured, the form row by row with the index on item_version_id of before V7", ITEMS);
            withItemVersionIndex(h2, false);
            round(h2, "measured, the attempt row and the audit entry only", 0);
        }
    }

    /** Puts back (or drops again) the foreign key V7 dropped, and with it H2's index on the form rows' item versions. */
    private static void withItemVersionIndex(JdbcDataSource h2, boolean present) throws SQLException {
        try (Connection connection = h2.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    present
                            ? "ALTER TABLE attempt_item ADD CONSTRAINT attempt_item_version_fk"
                                    + " FOREIGN KEY (item_version_id) REFERENCES item_version (id) NOCHECK"
                            : "ALTER TABLE attempt_item DROP CONSTRAINT attempt_item_version_fk");
        }
    }

    private void round(JdbcDataSource h2, String label, int formRows) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Long>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            done.add(pool.submit(() -> startsFor(h2, formRows, start)));
        }
        long starts = 0;
        for (Future<Long> each : done) {
            starts += each.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1e6 / starts;
        System.out.printf(
                "%s: %d starts in %.1f s, %.0f starts/s, %.3f ms of CPU per start%n",
                label, starts, seconds, starts / seconds, cpuMillis);
    }

    private long startsFor(JdbcDataSource h2, int formRows, long start) throws SQLException {
        long starts = 0;
        try (Connection connection = h2.getConnection();
                PreparedStatement nextAttempt = connection.prepareStatement("VALUES NEXT VALUE FOR attempt_seq");
                PreparedStatement nextAudit = connection.prepareStatement("VALUES NEXT VALUE FOR audit_entry_seq");
                PreparedStatement attempt = connection.prepareStatement(AttemptStore.INSERT_ATTEMPT);
                PreparedStatement item = connection.prepareStatement(AttemptStore.INSERT_FORM_ITEM);
                PreparedStatement audit = connection.prepareStatement("INSERT INTO audit_entry (id, occurred_at,"
                        + " actor, action, object_type, object_id, details) VALUES (?, ?, ?, 'attempt.started',"
                        + " 'attempt', ?, ?)")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET REFERENTIAL_INTEGRITY FALSE"); // a session's setting in H2
            }
            connection.setAutoCommit(false);
            while (System.nanoTime() - start < ROUND.toNanos()) {
                long id = next(nextAttempt);
                var now = Instant.now().atOffset(ZoneOffset.UTC);
                attempt.setLong(1, id);
                attempt.setLong(2, 1);
                attempt.setLong(3, nextEnrolment.getAndIncrement());
                attempt.setLong(4, id);
                attempt.setString(5, TOKEN_HASH);
                attempt.setObject(6, now);
                attempt.setObject(7, now.plusHours(3));
                attempt.setObject(8, now);
                assertEquals(1, attempt.executeUpdate());
                for (int position = 1; position <= formRows; position++) {
                    item.setLong(1, id);
                    item.setInt(2, position);
                    item.setLong(3, 1 + (id * 7 + position) % 400);
                    item.setString(4, "B,A,D,C");
                    item.addBatch();
                }
                if (formRows > 0) {
                    item.executeBatch();
                }
                audit.setLong(1, next(nextAudit));
                audit.setObject(2, now);
                audit.setString(3, "candidate" + id);
                audit.setString(4, Long.toString(id));
                audit.setString(5, "session=S candidate=C" + id + " seed=1 deadline=" + now.plusHours(3));
                audit.executeUpdate();
                connection.commit();
                starts++;
            }
        }
        return starts;
    }

    private static long next(PreparedStatement sequence) throws SQLException {
        try (ResultSet result = sequence.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
