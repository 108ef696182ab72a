package nl.examenkamer.testing;

import java.nio.file.Path;
import java.util.UUID;
import nl.examenkamer.shared.database.Migrations;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh H2 file under target/ with the application's schema, written as the server writes
 * ({@code WRITE_DELAY=0}): for benchmarks that measure a path's database work without a server.
 */
public final class BenchmarkH2 {

    private BenchmarkH2() {}

    public static JdbcDataSource migrated(String name) {
        Path file = Path.of(
                System.getProperty("examenkamer.it.tmp", "target/it-tmp"),
                name + "-" + UUID.randomUUID(),
                "examenkamer");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0");
        h2.setUser("sa");
        h2.setPassword("sa");
        Migrations.migrate(h2, BenchmarkH2.class.getClassLoader());
        return h2;
    }
}
