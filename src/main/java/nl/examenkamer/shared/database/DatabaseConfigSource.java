package nl.examenkamer.shared.database;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the data-source class from the database URL, so that setting {@code DB_URL} to a
 * PostgreSQL URL is enough. An explicit {@code DB_CLASS} (environment, ordinal 300) still wins;
 * this source sits above the packaged H2 defaults (ordinal 100).
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String CLASS_PROPERTY = "db.class";
    static final String POSTGRESQL_DATA_SOURCE = "org.postgresql.ds.PGSimpleDataSource";
    /** Neither H2's data source (also an XA source) nor its driver: see {@link H2DataSource}. */
    static final String H2_DATA_SOURCE = H2DataSource.class.getName();

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(CLASS_PROPERTY);
    }

    @Override
    public String getValue(String propertyName) {
        if (!CLASS_PROPERTY.equals(propertyName)) {
            return null;
        }
        return dataSourceClassFor(configuredUrl(System.getenv(), System.getProperty("db.url")));
    }

    @Override
    public String getName() {
        return "examenkamer-database-url";
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    static String configuredUrl(Map<String, String> environment, String systemProperty) {
        return systemProperty != null ? systemProperty : environment.get("DB_URL");
    }

    static String dataSourceClassFor(String url) {
        if (url == null) {
            return null;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL_DATA_SOURCE;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2_DATA_SOURCE;
        }
        return null;
    }
}
