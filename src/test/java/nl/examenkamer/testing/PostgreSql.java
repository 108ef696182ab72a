package nl.examenkamer.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of the test machine (127.0.0.1:5432, user postgres, trust auth; override
 * with {@code TEST_PG_HOST}, {@code TEST_PG_PORT}, {@code TEST_PG_USER}). Each test gets a fresh
 * database of its own and drops it afterwards.
 */
public final class PostgreSql {

    private static final String HOST = env("TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("TEST_PG_PORT", "5432");
    private static final String USER = env("TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("TEST_PG_PASSWORD", "postgres");

    private PostgreSql() {}

    public static boolean available() {
        try (Connection ignored = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A new, empty database; close the returned handle to drop it. */
    public static FreshDatabase freshDatabase() throws SQLException {
        String name = "ek_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new FreshDatabase(name);
    }

    public static final class FreshDatabase implements AutoCloseable {

        private final String name;

        private FreshDatabase(String name) {
            this.name = name;
        }

        public PGSimpleDataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(url(name));
            dataSource.setUser(USER);
            dataSource.setPassword(PASSWORD);
            return dataSource;
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
