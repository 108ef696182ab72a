package nl.examenkamer.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Flyway owns the schema. The scripts under {@code db/migration/common} run on every database;
 * {@code db/migration/postgresql} holds what only PostgreSQL can express (such as the trigger
 * that keeps the audit log append-only). The application and the tests migrate through this one
 * class, so they cannot drift apart.
 */
public final class Migrations {

    static final String COMMON = "classpath:db/migration/common";
    static final String POSTGRESQL = "classpath:db/migration/postgresql";

    private Migrations() {}

    public static MigrateResult migrate(DataSource dataSource, ClassLoader classLoader) {
        return flyway(dataSource, classLoader, MigrationVersion.LATEST).migrate();
    }

    /** Migrates up to and including {@code version}: used to build a database "from the previous release". */
    public static MigrateResult migrateTo(DataSource dataSource, ClassLoader classLoader, String version) {
        return flyway(dataSource, classLoader, MigrationVersion.fromVersion(version))
                .migrate();
    }

    public static Flyway flyway(DataSource dataSource, ClassLoader classLoader, MigrationVersion target) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locationsFor(dataSource).toArray(String[]::new))
                .target(target)
                .validateMigrationNaming(true)
                .load();
    }

    static List<String> locationsFor(DataSource dataSource) {
        List<String> locations = new ArrayList<>(List.of(COMMON));
        if (isPostgreSql(dataSource)) {
            locations.add(POSTGRESQL);
        }
        return locations;
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate its schema: " + e.getMessage(), e);
        }
    }
}
