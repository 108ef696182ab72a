package nl.examenkamer.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A database of its own for a test that starts its own server: an H2 file under target/, or a
 * fresh PostgreSQL database when the build runs on PostgreSQL. Only the URL, user and password are
 * given, as an operator gives them: the data source class is the application's to derive.
 */
public final class OwnDatabase implements AutoCloseable {

    private final Map<String, String> environment;
    private final PostgreSql.FreshDatabase postgres;
    private final Path workingDirectory;

    private OwnDatabase(Map<String, String> environment, PostgreSql.FreshDatabase postgres, Path workingDirectory) {
        this.environment = environment;
        this.postgres = postgres;
        this.workingDirectory = workingDirectory;
    }

    public static OwnDatabase create() throws Exception {
        if (onPostgreSql()) {
            return postgreSql();
        }
        Path file = scratch().resolve("own-" + UUID.randomUUID()).resolve("examenkamer");
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_URL", "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0");
        environment.put("DB_USER", "sa");
        environment.put("DB_PASSWORD", "sa");
        return new OwnDatabase(environment, null, null);
    }

    /**
     * The database the README's run command gets: on H2 no database settings at all and a working
     * directory of its own, so the packaged defaults put the file under its {@code ./data}; on
     * PostgreSQL a fresh database by its URL, user and password.
     */
    public static OwnDatabase packagedDefaults() throws Exception {
        if (onPostgreSql()) {
            return postgreSql();
        }
        Path directory = Files.createDirectories(scratch().resolve("own-" + UUID.randomUUID()));
        return new OwnDatabase(new HashMap<>(), null, directory);
    }

    private static boolean onPostgreSql() {
        String configured = System.getenv("DB_URL");
        return configured != null && configured.startsWith("jdbc:postgresql:");
    }

    private static OwnDatabase postgreSql() throws Exception {
        PostgreSql.FreshDatabase fresh = PostgreSql.freshDatabase();
        var dataSource = fresh.dataSource();
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_URL", dataSource.getUrl());
        environment.put("DB_USER", dataSource.getUser());
        environment.put("DB_PASSWORD", dataSource.getPassword());
        return new OwnDatabase(environment, fresh, null);
    }

    private static Path scratch() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("examenkamer.it.tmp", "target/it-tmp")));
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** Where the server runs when it runs on the packaged defaults. */
    public Optional<Path> workingDirectory() {
        return Optional.ofNullable(workingDirectory);
    }

    /** Starts the WAR on this database, with these variables besides. */
    public PayaraProcess start(String name, Map<String, String> variables) {
        Map<String, String> all = new HashMap<>(environment);
        all.putAll(variables);
        return workingDirectory == null
                ? PayaraProcess.start(name, all)
                : PayaraProcess.startIn(workingDirectory, name, all);
    }

    @Override
    public void close() throws java.sql.SQLException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
