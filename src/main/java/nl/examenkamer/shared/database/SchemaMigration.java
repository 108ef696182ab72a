package nl.examenkamer.shared.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's one data source and brings its schema up to date before anything
 * else touches it. Other start-up work declares {@code @DependsOn("SchemaMigration")}. Several
 * instances on one PostgreSQL may start at once: Flyway serialises them with a database lock.
 *
 * <p>The data source settings come from MicroProfile Config, so the environment variables
 * {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} (rarely {@code DB_CLASS}) switch it from
 * the embedded H2 file under {@code ./data} to PostgreSQL without a rebuild. Defaults are in
 * {@code META-INF/microprofile-config.properties}; {@link DatabaseConfigSource} derives the
 * data-source class from a PostgreSQL URL.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${MPCONFIG=db.class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/examenkamer";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        MigrateResult result =
                Migrations.migrate(dataSource, Thread.currentThread().getContextClassLoader());
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
