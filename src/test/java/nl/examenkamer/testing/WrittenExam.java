package nl.examenkamer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.examenkamer.shared.ClockProducer;

/** A written exam session in the running application, set up the way the board and a candidate do. */
public final class WrittenExam {

    private final URI base;
    private final String code;
    private final String accessCode;

    private WrittenExam(URI base, String code, String accessCode) {
        this.base = base;
        this.code = code;
        this.accessCode = accessCode;
    }

    /** A candidate with a log-in account linked to their candidate number. */
    public record Candidate(String number, String fullName, TestAccounts.Credentials account) {

        public Api api(URI base) {
            return account.api(base);
        }
    }

    /** What starting (or opening again) an attempt gives: {@code body} is the answer as received. */
    public record Started(
            int status, long attemptId, String token, long remainingSeconds, Instant deadline, String body) {

        public Started(int status, long attemptId, String token, long remainingSeconds) {
            this(status, attemptId, token, remainingSeconds, null, null);
        }

        /** The form the start gave, as JSON. */
        public JsonArray items() {
            return Json.createReader(new StringReader(body)).readObject().getJsonArray("items");
        }
    }

    /** A session of the RCCM blueprint whose start window is open now, for two hours. */
    public static WrittenExam planNow(URI base) {
        Instant now = Instant.now();
        return plan(base, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(2)), 90);
    }

    public static WrittenExam plan(URI base, Instant windowStart, Instant windowEnd, int durationMinutes) {
        String code = "IT-" + TestAccounts.unique("S").substring(2).toUpperCase();
        Api.Response created = TestAccounts.board(base)
                .post(
                        "/api/v1/exam-sessions",
                        "{\"code\":\"" + code + "\",\"blueprint\":\"schriftelijk-rccm\",\"examDate\":\""
                                + LocalDate.ofInstant(windowStart, ClockProducer.ZONE) + "\",\"windowStart\":\""
                                + windowStart
                                + "\",\"windowEnd\":\""
                                + windowEnd + "\",\"durationMinutes\":" + durationMinutes + ",\"capacity\":50}");
        assertEquals(201, created.status(), created.body());
        return new WrittenExam(
                base, created.json().getString("code"), created.json().getString("accessCode"));
    }

    /** The same session, reached through another server (after a restart). */
    public static WrittenExam reattach(URI base, WrittenExam exam) {
        return new WrittenExam(base, exam.code, exam.accessCode);
    }

    public String code() {
        return code;
    }

    public String accessCode() {
        return accessCode;
    }

    public Candidate newCandidate() {
        String name = TestAccounts.unique("Sanne Examen");
        Api board = TestAccounts.board(base);
        Api.Response registered = board.post(
                "/api/v1/candidates",
                "{\"fullName\":\"" + name + "\",\"email\":\""
                        + TestAccounts.unique("s").toLowerCase() + "@example.org\",\"dateOfBirth\":\"1985-03-14\"}");
        assertEquals(201, registered.status(), registered.body());
        String number = registered.json().getJsonObject("candidate").getString("candidateNumber");
        TestAccounts.Credentials account = TestAccounts.create(base, "CANDIDATE");
        Api.Response linked =
                board.put("/api/v1/candidates/" + number + "/account", "{\"username\":\"" + account.username() + "\"}");
        assertEquals(200, linked.status(), linked.body());
        return new Candidate(number, name, account);
    }

    public Candidate enrolledCandidate() {
        Candidate candidate = newCandidate();
        enrol(candidate.number());
        return candidate;
    }

    public void enrol(String candidateNumber) {
        Api.Response enrolled = TestAccounts.board(base)
                .post(
                        "/api/v1/exam-sessions/" + code + "/enrolments",
                        "{\"candidateNumber\":\"" + candidateNumber + "\"}");
        assertEquals(201, enrolled.status(), enrolled.body());
    }

    public Started start(Candidate candidate) {
        return start(candidate, accessCode);
    }

    public Started start(Candidate candidate, String code) {
        Api.Response response = candidate
                .api(base)
                .post("/api/v1/exam-sessions/" + this.code + "/attempts", "{\"accessCode\":\"" + code + "\"}");
        if (response.status() != 201 && response.status() != 200) {
            return new Started(response.status(), 0, null, 0);
        }
        JsonObject json = response.json();
        return new Started(
                response.status(),
                json.getJsonNumber("attemptId").longValue(),
                json.getString("token"),
                json.getJsonNumber("remainingSeconds").longValue(),
                Instant.parse(json.getString("deadline")),
                response.body());
    }

    public Api.Response save(Started attempt, int position, long seq, String answerJson, boolean flagged) {
        return Api.withAttemptToken(base, attempt.token())
                .put(
                        "/api/v1/attempts/" + attempt.attemptId() + "/answers/" + position,
                        "{\"seq\":" + seq + ",\"answer\":" + answerJson + ",\"flagged\":" + flagged + "}");
    }

    /**
     * Whether an attempt's form holds a multiple-response item before this position. The bank has
     * few of them, so about one form in six has none: tests that must answer both kinds take the
     * next candidate when this is false.
     */
    public static boolean multipleResponseBefore(long attemptId, int position) throws SQLException {
        return !TestDatabase.rows(
                        "SELECT i.position FROM attempt_item i JOIN item_version v ON v.id = i.item_version_id"
                                + " WHERE i.attempt_id = ? AND v.type = 'MULTIPLE' AND i.position < ?",
                        attemptId,
                        position)
                .isEmpty();
    }

    /** The deadline stored for an attempt, as the server keeps it. */
    public static Instant storedDeadline(long attemptId) throws SQLException {
        Object value = TestDatabase.row("SELECT deadline FROM attempt WHERE id = ?", attemptId)
                .get("deadline");
        return value instanceof OffsetDateTime time ? time.toInstant() : ((Timestamp) value).toInstant();
    }

    /** A stored grade as a Dutch page writes it: one decimal, with a comma. */
    public static String gradeAsShown(Object storedGrade) {
        return new BigDecimal(storedGrade.toString())
                .setScale(1)
                .toPlainString()
                .replace('.', ',');
    }

    public Api.Response close() {
        return TestAccounts.board(base).post("/api/v1/exam-sessions/" + code + "/close", "{}");
    }

    public Api.Response publish() {
        return TestAccounts.board(base).post("/api/v1/exam-sessions/" + code + "/publish", "{}");
    }
}
