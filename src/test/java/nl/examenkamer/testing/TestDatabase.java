package nl.examenkamer.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database the application under test uses ({@code DB_URL}, {@code DB_USER},
 * {@code DB_PASSWORD}, set by Failsafe). The embedded H2 file is opened with {@code AUTO_SERVER},
 * so a test can read what the running server wrote.
 */
public final class TestDatabase {

    private TestDatabase() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    /** Every row of a query, as column name (lower case) to value. */
    public static List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                        row.put(result.getMetaData().getColumnLabel(c).toLowerCase(), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** Changes rows as an exam board or a user could through the application; answers how many. */
    public static int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    public static Map<String, Object> row(String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.get(0);
    }
}
