package nl.examenkamer.written;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import nl.examenkamer.shared.database.SchemaMigration;

/** The board's neutralisations per session, in plain JDBC next to the attempts they rescore. */
@ApplicationScoped
public class Neutralisations {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    /** A session's neutralisations by item version. */
    public Map<Long, Neutralisation> of(long sessionId) {
        String sql = "SELECT item_version_id, mode, reason, decided_by, decided_at FROM item_neutralisation"
                + " WHERE session_id = ? ORDER BY decided_at";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, sessionId);
            try (ResultSet rows = query.executeQuery()) {
                Map<Long, Neutralisation> found = new LinkedHashMap<>();
                while (rows.next()) {
                    found.put(
                            rows.getLong(1),
                            new Neutralisation(
                                    rows.getLong(1),
                                    Neutralisation.Mode.valueOf(rows.getString(2)),
                                    rows.getString(3),
                                    rows.getString(4),
                                    rows.getObject(5, OffsetDateTime.class).toInstant()));
                }
                return found;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the neutralisations of session " + sessionId, e);
        }
    }

    public void add(long sessionId, Neutralisation neutralisation) {
        String sql = "INSERT INTO item_neutralisation (session_id, item_version_id, mode, reason, decided_by,"
                + " decided_at) VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setLong(1, sessionId);
            insert.setLong(2, neutralisation.itemVersionId());
            insert.setString(3, neutralisation.mode().name());
            insert.setString(4, neutralisation.reason());
            insert.setString(5, neutralisation.decidedBy());
            insert.setObject(6, neutralisation.decidedAt().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a neutralisation of session " + sessionId, e);
        }
    }

    /** Removes the session's neutralisation of the item version; false when there was none. */
    public boolean remove(long sessionId, long itemVersionId) {
        String sql = "DELETE FROM item_neutralisation WHERE session_id = ? AND item_version_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setLong(1, sessionId);
            delete.setLong(2, itemVersionId);
            return delete.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not remove a neutralisation of session " + sessionId, e);
        }
    }

    /** Whether the session's frozen pool holds the item version, so that a form of it could. */
    public boolean inPool(long sessionId, long itemVersionId) {
        String sql = "SELECT 1 FROM exam_session_pool WHERE session_id = ? AND item_version_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, sessionId);
            query.setLong(2, itemVersionId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
