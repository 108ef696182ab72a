package nl.examenkamer.shared.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.examenkamer.testing.PostgreSql;
import nl.examenkamer.testing.Requirements;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema is Flyway's: every change is a new migration, and both an empty database and one left
 * by any earlier version migrate to the latest, on H2 and on PostgreSQL. The same
 * {@link Migrations} class runs at application start-up.
 */
class MigrationsTest {

    private static final ClassLoader LOADER = MigrationsTest.class.getClassLoader();

    @Test
    void anEmptyH2DatabaseMigratesToTheLatestVersion() {
        DataSource h2 = freshH2();
        Migrations.migrate(h2, LOADER);
        assertEquals(latestVersion(h2), currentVersion(h2));
    }

    @Test
    void anH2DatabaseOfEveryEarlierVersionMigratesAndKeepsItsData() throws SQLException {
        for (MigrationVersion earlier : earlierVersions(freshH2())) {
            DataSource h2 = freshH2();
            Migrations.migrateTo(h2, LOADER, earlier.getVersion());
            insertAccount(h2, "kept-" + earlier.getVersion());
            Migrations.migrate(h2, LOADER);
            assertEquals(latestVersion(h2), currentVersion(h2), "from version " + earlier);
            assertEquals(
                    1,
                    count(h2, "select count(*) from account where username = 'kept-" + earlier.getVersion() + "'"),
                    "rows written at version " + earlier + " survive the upgrade");
        }
    }

    @Test
    void postgreSqlMigratesFromEmptyAndFromEveryEarlierVersion() throws SQLException {
        Requirements.require(PostgreSql.available(), "PostgreSQL on 127.0.0.1:5432");
        try (PostgreSql.FreshDatabase empty = PostgreSql.freshDatabase()) {
            DataSource pg = empty.dataSource();
            Migrations.migrate(pg, LOADER);
            assertEquals(latestVersion(pg), currentVersion(pg));
            assertEquals(tables(freshMigratedH2()), tables(pg), "H2 and PostgreSQL get the same tables");
        }
        List<MigrationVersion> earlier;
        try (PostgreSql.FreshDatabase probe = PostgreSql.freshDatabase()) {
            earlier = earlierVersions(probe.dataSource());
        }
        for (MigrationVersion version : earlier) {
            try (PostgreSql.FreshDatabase database = PostgreSql.freshDatabase()) {
                DataSource pg = database.dataSource();
                Migrations.migrateTo(pg, LOADER, version.getVersion());
                insertAccount(pg, "kept");
                Migrations.migrate(pg, LOADER);
                assertEquals(latestVersion(pg), currentVersion(pg), "from version " + version);
                assertEquals(1, count(pg, "select count(*) from account where username = 'kept'"));
            }
        }
    }

    @Test
    void postgreSqlRefusesToChangeOrDeleteAuditRows() throws SQLException {
        Requirements.require(PostgreSql.available(), "PostgreSQL on 127.0.0.1:5432");
        try (PostgreSql.FreshDatabase database = PostgreSql.freshDatabase()) {
            DataSource pg = database.dataSource();
            Migrations.migrate(pg, LOADER);
            execute(
                    pg,
                    "insert into audit_entry (id, occurred_at, actor, action, object_type) values (1, now(), 'test', 'x', 'y')");
            SQLException update = assertThrows(
                    SQLException.class, () -> execute(pg, "update audit_entry set actor = 'someone else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> execute(pg, "delete from audit_entry"));
            assertThrows(SQLException.class, () -> execute(pg, "truncate audit_entry"));
            assertEquals(1, count(pg, "select count(*) from audit_entry where actor = 'test'"));
        }
    }

    private static DataSource freshH2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        h2.setPassword("sa");
        return h2;
    }

    private static DataSource freshMigratedH2() {
        DataSource h2 = freshH2();
        Migrations.migrate(h2, LOADER);
        return h2;
    }

    private static List<MigrationVersion> earlierVersions(DataSource dataSource) {
        MigrationInfo[] all = Migrations.flyway(dataSource, LOADER, MigrationVersion.LATEST)
                .info()
                .all();
        List<MigrationVersion> versions = new ArrayList<>();
        for (int i = 0; i < all.length - 1; i++) {
            versions.add(all[i].getVersion());
        }
        assertTrue(all.length >= 2, "there is more than one migration, so there is an earlier version to upgrade from");
        return versions;
    }

    private static MigrationVersion latestVersion(DataSource dataSource) {
        MigrationInfo[] all = Migrations.flyway(dataSource, LOADER, MigrationVersion.LATEST)
                .info()
                .all();
        return all[all.length - 1].getVersion();
    }

    private static MigrationVersion currentVersion(DataSource dataSource) {
        return Migrations.flyway(dataSource, LOADER, MigrationVersion.LATEST)
                .info()
                .current()
                .getVersion();
    }

    private static void insertAccount(DataSource dataSource, String username) throws SQLException {
        execute(
                dataSource,
                "insert into account (id, username, display_name, password_hash, must_change_password, active,"
                        + " failed_logins, created_at, version) values (1, '" + username
                        + "', 'Kept', 'x', false, true, 0,"
                        + " current_timestamp, 1)");
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet result = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (result.next()) {
                String schema = result.getString("TABLE_SCHEM");
                if ("PUBLIC".equalsIgnoreCase(schema)) {
                    tables.add(result.getString("TABLE_NAME").toLowerCase());
                }
            }
        }
        tables.sort(null);
        return tables;
    }
}
