package nl.examenkamer.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own for a test that starts its own server: an H2 file under target/, or a
 * fresh PostgreSQL database when the build runs on PostgreSQL. Its environment goes to
 * {@link PayaraProcess#start}.
 */
public final class OwnDatabase implements AutoCloseable {

    private final Map<String, String> environment;
    private final PostgreSql.FreshDatabase postgres;

    private OwnDatabase(Map<String, String> environment, PostgreSql.FreshDatabase postgres) {
        this.environment = environment;
        this.postgres = postgres;
    }

    public static OwnDatabase create() throws Exception {
        Map<String, String> environment = new HashMap<>();
        String configured = System.getenv("DB_URL");
        if (configured != null && configured.startsWith("jdbc:postgresql:")) {
            PostgreSql.FreshDatabase fresh = PostgreSql.freshDatabase();
            var dataSource = fresh.dataSource();
            environment.put("DB_URL", dataSource.getUrl());
            environment.put("DB_USER", dataSource.getUser());
            environment.put("DB_PASSWORD", dataSource.getPassword());
            environment.put("DB_CLASS", "org.postgresql.ds.PGSimpleDataSource");
            return new OwnDatabase(environment, fresh);
        }
        Path file = Path.of(
                System.getProperty("examenkamer.it.tmp", "target/it-tmp"), "own-" + UUID.randomUUID(), "examenkamer");
        environment.put("DB_URL", "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0");
        environment.put("DB_USER", "sa");
        environment.put("DB_PASSWORD", "sa");
        environment.put("DB_CLASS", "org.h2.Driver");
        return new OwnDatabase(environment, null);
    }

    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() throws java.sql.SQLException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
