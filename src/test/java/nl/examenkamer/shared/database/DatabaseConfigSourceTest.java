package nl.examenkamer.shared.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseConfigSourceTest {

    @Test
    void aPostgreSqlUrlSelectsThePostgreSqlDataSource() {
        assertEquals(
                DatabaseConfigSource.POSTGRESQL_DATA_SOURCE,
                DatabaseConfigSource.dataSourceClassFor("jdbc:postgresql://db:5432/examenkamer"));
        assertEquals(
                DatabaseConfigSource.H2_DATA_SOURCE,
                DatabaseConfigSource.dataSourceClassFor("jdbc:h2:file:./data/examenkamer"));
        assertNull(DatabaseConfigSource.dataSourceClassFor(null), "no URL: the packaged default applies");
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        assertEquals(
                "jdbc:h2:mem:x",
                DatabaseConfigSource.configuredUrl(Map.of("DB_URL", "jdbc:postgresql://db/x"), "jdbc:h2:mem:x"));
        assertEquals(
                "jdbc:postgresql://db/x",
                DatabaseConfigSource.configuredUrl(Map.of("DB_URL", "jdbc:postgresql://db/x"), null));
    }

    @Test
    void itRanksBetweenThePackagedDefaultsAndTheEnvironment() {
        int ordinal = new DatabaseConfigSource().getOrdinal();
        assertEquals(true, ordinal > 100 && ordinal < 300, "ordinal " + ordinal);
    }
}
