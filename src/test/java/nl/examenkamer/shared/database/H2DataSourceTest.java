package nl.examenkamer.shared.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class H2DataSourceTest {

    /**
     * Payara may set the pool up before it can resolve {@code db.class} from the application's
     * configuration, and then sets it up for a plain data source: the class named for H2, by the
     * packaged default and by the URL, must be exactly that, or the application does not start.
     */
    @Test
    void theClassNamedForH2IsAPlainDataSourceWhereverItIsNamed() throws Exception {
        for (String name : new String[] {packagedDefault("db.class"), DatabaseConfigSource.H2_DATA_SOURCE}) {
            Class<?> named = Class.forName(name);
            assertTrue(DataSource.class.isAssignableFrom(named), name + " is a data source");
            assertFalse(XADataSource.class.isAssignableFrom(named), name + " is no XA source");
            assertFalse(ConnectionPoolDataSource.class.isAssignableFrom(named), name);
            assertFalse(Driver.class.isAssignableFrom(named), name + " is no driver");
        }
    }

    @Test
    void itConnectsWithThePropertiesPayaraSets() throws SQLException {
        H2DataSource dataSource = new H2DataSource();
        dataSource.setURL("jdbc:h2:mem:h2-data-source-test;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("sa");
        try (Connection connection = dataSource.getConnection();
                ResultSet result = connection.createStatement().executeQuery("SELECT CURRENT_USER")) {
            assertTrue(result.next());
            assertEquals("SA", result.getString(1));
        }
        assertEquals("jdbc:h2:mem:h2-data-source-test;DB_CLOSE_DELAY=-1", dataSource.getURL());
    }

    @Test
    void itDoesNotHandOutH2sOwnXaCapableDataSource() {
        H2DataSource dataSource = new H2DataSource();
        assertFalse(dataSource.isWrapperFor(JdbcDataSource.class));
        assertThrows(SQLException.class, () -> dataSource.unwrap(XADataSource.class));
    }

    private static String packagedDefault(String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = H2DataSourceTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            properties.load(in);
        }
        return properties.getProperty(key);
    }
}
