package nl.examenkamer.written;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.examenkamer.shared.database.SchemaMigration;

/**
 * Attempts and their items, in plain JDBC: this is the exam-day path (the answer save itself is in
 * {@link SaveBatcher}), and the statements read better than their JPA equivalents. Inside a caller's
 * transaction the connection takes part in it; without one each statement commits on its own.
 */
@ApplicationScoped
public class AttemptStore {

    private static final String ATTEMPT_COLUMNS = "id, session_id, enrolment_id, seed, token_hash, status, started_at,"
            + " deadline, last_seen_at, ended_at, raw_score, max_score, percentage, grade, passed";

    /** A new attempt: id, session, enrolment, seed, token hash, started, deadline, last seen. */
    static final String INSERT_ATTEMPT = "INSERT INTO attempt (id, session_id, enrolment_id, seed, token_hash,"
            + " status, started_at, deadline, last_seen_at) VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?, ?)";

    /** One position of a new attempt's form: attempt, position, item version, option order. */
    static final String INSERT_FORM_ITEM = "INSERT INTO attempt_item (attempt_id, position, item_version_id,"
            + " option_order, flagged, client_seq) VALUES (?, ?, ?, ?, FALSE, 0)";

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    private volatile String nextIdSql;

    public Optional<AttemptRow> find(long attemptId) {
        return queryOne("SELECT " + ATTEMPT_COLUMNS + " FROM attempt WHERE id = ?", attemptId);
    }

    public Optional<AttemptRow> findByEnrolment(long enrolmentId) {
        return queryOne("SELECT " + ATTEMPT_COLUMNS + " FROM attempt WHERE enrolment_id = ?", enrolmentId);
    }

    /** Stores a new attempt with its whole form; returns the attempt's id. */
    public long insert(
            long sessionId,
            long enrolmentId,
            long seed,
            String tokenHash,
            Instant startedAt,
            Instant deadline,
            List<FormDraw.FormItem> form) {
        try (Connection connection = dataSource.getConnection()) {
            long id = nextId(connection);
            try (PreparedStatement insert = connection.prepareStatement(INSERT_ATTEMPT)) {
                insert.setLong(1, id);
                insert.setLong(2, sessionId);
                insert.setLong(3, enrolmentId);
                insert.setLong(4, seed);
                insert.setString(5, tokenHash);
                insert.setObject(6, at(startedAt));
                insert.setObject(7, at(deadline));
                insert.setObject(8, at(startedAt));
                insert.executeUpdate();
            }
            try (PreparedStatement items = connection.prepareStatement(INSERT_FORM_ITEM)) {
                for (FormDraw.FormItem item : form) {
                    items.setLong(1, id);
                    items.setInt(2, item.position());
                    items.setLong(3, item.itemVersionId());
                    items.setString(4, item.optionOrderText());
                    items.addBatch();
                }
                items.executeBatch();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("could not store attempt for enrolment " + enrolmentId, e);
        }
    }

    public List<AttemptItemRow> items(long attemptId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT position, item_version_id, option_order,"
                        + " answer, flagged, client_seq, saved_at, correct FROM attempt_item WHERE attempt_id = ?"
                        + " ORDER BY position")) {
            query.setLong(1, attemptId);
            try (ResultSet rows = query.executeQuery()) {
                List<AttemptItemRow> items = new ArrayList<>();
                while (rows.next()) {
                    items.add(new AttemptItemRow(
                            rows.getInt(1),
                            rows.getLong(2),
                            List.of(rows.getString(3).split(",")),
                            rows.getString(4),
                            rows.getBoolean(5),
                            rows.getLong(6),
                            instant(rows, 7),
                            (Boolean) rows.getObject(8)));
                }
                return items;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attempt " + attemptId, e);
        }
    }

    /** An ended attempt's receipt: when it ended, and how many positions of its form hold an answer. */
    public ExamResult.Ending ending(AttemptRow attempt) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(answer), COUNT(*) FROM attempt_item WHERE attempt_id = ?")) {
            query.setLong(1, attempt.id());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new ExamResult.Ending(attempt.endedAt(), rows.getInt(1), rows.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the answers of attempt " + attempt.id(), e);
        }
    }

    public Optional<Long> storedSeq(long attemptId, int position) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT client_seq FROM attempt_item WHERE attempt_id = ? AND position = ?")) {
            query.setLong(1, attemptId);
            query.setInt(2, position);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which item version stands at each position of an attempt's form. */
    public Map<Integer, Long> itemVersions(long attemptId) {
        Map<Integer, Long> versions = new java.util.HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT position, item_version_id FROM attempt_item WHERE attempt_id = ?")) {
            query.setLong(1, attemptId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getInt(1), rows.getLong(2));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void rotateToken(long attemptId, String tokenHash, Instant now) {
        update("UPDATE attempt SET token_hash = ?, last_seen_at = ? WHERE id = ?", tokenHash, at(now), attemptId);
    }

    /** A sign of life from the exam page; false when the token is not (or no longer) the attempt's. */
    public boolean touch(long attemptId, String tokenHash, Instant now) {
        return update(
                        "UPDATE attempt SET last_seen_at = ? WHERE id = ? AND token_hash = ?",
                        at(now),
                        attemptId,
                        tokenHash)
                == 1;
    }

    /** Ends an open attempt; false when it had already ended (someone else closed it first). */
    public boolean end(long attemptId, AttemptStatus status, Instant now) {
        return update(
                        "UPDATE attempt SET status = ?, ended_at = ? WHERE id = ? AND status = 'IN_PROGRESS'",
                        status.name(),
                        at(now),
                        attemptId)
                == 1;
    }

    /** Ends an open attempt at its deadline, unless the deadline moved meanwhile. */
    public boolean endAtDeadline(long attemptId, Instant now) {
        return update(
                        "UPDATE attempt SET status = 'TIMED_OUT', ended_at = deadline WHERE id = ?"
                                + " AND status = 'IN_PROGRESS' AND deadline <= ?",
                        attemptId,
                        at(now))
                == 1;
    }

    public boolean moveDeadline(long attemptId, Instant deadline) {
        return update(
                        "UPDATE attempt SET deadline = ? WHERE id = ? AND status = 'IN_PROGRESS'",
                        at(deadline),
                        attemptId)
                == 1;
    }

    public List<Long> pastDeadline(Instant now, int limit) {
        return ids(
                "SELECT id FROM attempt WHERE status = 'IN_PROGRESS' AND deadline <= ? ORDER BY deadline",
                limit,
                at(now));
    }

    /** The enrolments of a session whose attempt has a score: the candidates who have a result. */
    public List<Long> scoredEnrolments(long sessionId) {
        return ids(
                "SELECT enrolment_id FROM attempt WHERE session_id = ? AND raw_score IS NOT NULL ORDER BY enrolment_id",
                Integer.MAX_VALUE,
                sessionId);
    }

    public List<Long> open(long sessionId) {
        return ids(
                "SELECT id FROM attempt WHERE session_id = ? AND status = 'IN_PROGRESS'", Integer.MAX_VALUE, sessionId);
    }

    public void storeScore(long attemptId, Scoring.Result result) {
        update(
                "UPDATE attempt SET raw_score = ?, max_score = ?, percentage = ?, grade = ?, passed = ? WHERE id = ?",
                result.raw(),
                result.max(),
                result.percentage(),
                result.grade(),
                result.passed(),
                attemptId);
        update("UPDATE attempt_item SET correct = FALSE WHERE attempt_id = ?", attemptId);
        for (int position : result.correctPositions()) {
            update("UPDATE attempt_item SET correct = TRUE WHERE attempt_id = ? AND position = ?", attemptId, position);
        }
        update("DELETE FROM attempt_theme_score WHERE attempt_id = ?", attemptId);
        result.themes()
                .forEach((theme, score) -> update(
                        "INSERT INTO attempt_theme_score (attempt_id, theme_code, raw_score, max_score)"
                                + " VALUES (?, ?, ?, ?)",
                        attemptId,
                        theme,
                        score.raw(),
                        score.max()));
    }

    public Map<String, Scoring.ThemeScore> themeScores(long attemptId) {
        return themeScoresWhere("s.attempt_id = ?", attemptId).getOrDefault(attemptId, Map.of());
    }

    /** The scores per theme of every scored attempt of a session, by attempt: one query for the whole hall. */
    public Map<Long, Map<String, Scoring.ThemeScore>> themeScoresOfSession(long sessionId) {
        return themeScoresWhere("a.session_id = ?", sessionId);
    }

    private Map<Long, Map<String, Scoring.ThemeScore>> themeScoresWhere(String condition, long id) {
        Map<Long, Map<String, Scoring.ThemeScore>> scores = new java.util.HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT s.attempt_id, s.theme_code, s.raw_score, s.max_score FROM attempt_theme_score s"
                                + " JOIN attempt a ON a.id = s.attempt_id WHERE " + condition)) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    scores.computeIfAbsent(rows.getLong(1), attempt -> new java.util.TreeMap<>())
                            .put(rows.getString(2), new Scoring.ThemeScore(rows.getInt(3), rows.getInt(4)));
                }
            }
            return scores;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An answer of a scored attempt: the attempt, the item version and the options marked ("A,C"; null for none). */
    public record ScoredAnswer(long attemptId, int position, long itemVersionId, String answer) {}

    /** Every answer of every scored attempt of a session, attempt by attempt: what item analysis and rescoring read. */
    public List<ScoredAnswer> scoredAnswersOfSession(long sessionId) {
        String sql = "SELECT i.attempt_id, i.position, i.item_version_id, i.answer FROM attempt_item i"
                + " JOIN attempt a ON a.id = i.attempt_id WHERE a.session_id = ? AND a.raw_score IS NOT NULL"
                + " ORDER BY i.attempt_id, i.position";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, sessionId);
            try (ResultSet rows = query.executeQuery()) {
                List<ScoredAnswer> answers = new ArrayList<>();
                while (rows.next()) {
                    answers.add(new ScoredAnswer(rows.getLong(1), rows.getInt(2), rows.getLong(3), rows.getString(4)));
                }
                return answers;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the answers of session " + sessionId, e);
        }
    }

    /** Per enrolled candidate of a session: the enrolment, and the attempt with its progress if started. */
    public List<ProctorRow> proctorRows(long sessionId, Instant now) {
        String sql = "SELECT c.candidate_number, c.full_name, e.extra_time_percentage, e.extra_minutes,"
                + " a.id, a.status, a.started_at, a.deadline, a.last_seen_at, a.ended_at,"
                + " (SELECT COUNT(*) FROM attempt_item i WHERE i.attempt_id = a.id AND i.answer IS NOT NULL),"
                + " (SELECT MAX(i.saved_at) FROM attempt_item i WHERE i.attempt_id = a.id),"
                + " a.max_score, a.raw_score, a.grade, a.passed, a.percentage"
                + " FROM enrolment e JOIN candidate c ON c.id = e.candidate_id"
                + " LEFT JOIN attempt a ON a.enrolment_id = e.id WHERE e.session_id = ?"
                + " ORDER BY c.full_name, c.candidate_number";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, sessionId);
            try (ResultSet rows = query.executeQuery()) {
                List<ProctorRow> result = new ArrayList<>();
                while (rows.next()) {
                    long attemptId = rows.getLong(5);
                    boolean started = !rows.wasNull();
                    Instant deadline = instant(rows, 8);
                    boolean running = started && "IN_PROGRESS".equals(rows.getString(6));
                    AttemptStatus status = started ? AttemptStatus.valueOf(rows.getString(6)) : null;
                    Instant lastSeen = later(instant(rows, 9), instant(rows, 12));
                    result.add(new ProctorRow(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getInt(3),
                            rows.getInt(4),
                            started ? attemptId : null,
                            status,
                            instant(rows, 7),
                            instant(rows, 8),
                            lastSeen,
                            instant(rows, 10),
                            rows.getInt(11),
                            (Integer) rows.getObject(13),
                            (Integer) rows.getObject(14),
                            rows.getBigDecimal(17),
                            rows.getBigDecimal(15),
                            (Boolean) rows.getObject(16),
                            running ? Deadline.remainingSeconds(deadline, now) : 0,
                            Contact.lost(status, lastSeen, now)));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read session " + sessionId, e);
        }
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private long nextId(Connection connection) throws SQLException {
        if (nextIdSql == null) {
            nextIdSql = connection
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase()
                            .contains("postgres")
                    ? "SELECT nextval('attempt_seq')"
                    : "VALUES NEXT VALUE FOR attempt_seq";
        }
        try (PreparedStatement next = connection.prepareStatement(nextIdSql);
                ResultSet result = next.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private Optional<AttemptRow> queryOne(String sql, long parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new AttemptRow(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getLong(3),
                        rows.getLong(4),
                        rows.getString(5),
                        AttemptStatus.valueOf(rows.getString(6)),
                        instant(rows, 7),
                        instant(rows, 8),
                        instant(rows, 9),
                        instant(rows, 10),
                        (Integer) rows.getObject(11),
                        (Integer) rows.getObject(12),
                        rows.getBigDecimal(13),
                        rows.getBigDecimal(14),
                        (Boolean) rows.getObject(15)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read attempt", e);
        }
    }

    private List<Long> ids(String sql, int limit, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            query.setMaxRows(limit == Integer.MAX_VALUE ? 0 : limit);
            try (ResultSet rows = query.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + sql, e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
