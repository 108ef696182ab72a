package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.testing.Api;
import nl.examenkamer.testing.Deployments;
import nl.examenkamer.testing.FormSession;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.TestDatabase;
import nl.examenkamer.testing.TestMailServer;
import nl.examenkamer.testing.WrittenExam;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exam day against the running application: starting with the access code, idempotent saves,
 * what another candidate cannot do, the server's deadline (a late save refused, an abandoned
 * attempt closed and scored), extra time with its audit entry, a form rebuilt from its seed, no
 * key or rationale in anything the candidate receives, scoring and publication. Facts are read
 * back from the database.
 */
@ExtendWith(ArquillianExtension.class)
class WrittenExamIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    private URI base;
    private WrittenExam exam;

    @BeforeEach
    void aSessionOpenNow() throws Exception {
        base = url.toURI();
        Deployments.requireHealthy(base);
        exam = WrittenExam.planNow(base);
    }

    @Test
    void aCandidateStartsWithTheAccessCodeAndGetsAFortyItemFormOfBothTypes() throws Exception {
        WrittenExam.Candidate candidate = exam.enrolledCandidate();

        WrittenExam.Started wrong = exam.start(candidate, "ABCDEFGH");
        assertEquals(403, wrong.status(), "a wrong access code is refused");
        assertEquals(
                0L,
                count(
                        "SELECT COUNT(*) FROM attempt a JOIN enrolment e ON e.id = a.enrolment_id"
                                + " JOIN exam_session s ON s.id = e.session_id WHERE s.code = ?",
                        exam.code()));

        WrittenExam.Started started = exam.start(candidate, exam.accessCode().toLowerCase());
        assertEquals(201, started.status());
        for (int tries = 0; tries < 10 && !WrittenExam.multipleResponseBefore(started.attemptId(), 41); tries++) {
            candidate = exam.enrolledCandidate(); // a form without a multiple-response item: the next one
            started = exam.start(candidate, exam.accessCode().toLowerCase());
            assertEquals(201, started.status());
        }
        assertTrue(started.remainingSeconds() > 89 * 60 && started.remainingSeconds() <= 90 * 60);

        JsonObject form = Api.withAttemptToken(base, started.token())
                .get("/api/v1/attempts/" + started.attemptId())
                .json();
        assertEquals(40, form.getJsonArray("items").size());
        Set<String> types = form.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("type"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("SINGLE", "MULTIPLE"), types);
        assertEquals(40L, count("SELECT COUNT(*) FROM attempt_item WHERE attempt_id = ?", started.attemptId()));
        assertEquals(
                form.getJsonArray("items"),
                started.items(),
                "the start gives the form it drew, as stored: same items, options in the same order");

        String answer = firstLabel(started, 2);
        assertEquals(200, exam.save(started, 2, 1, "[\"" + answer + "\"]", true).status());
        WrittenExam.Started again = exam.start(candidate);
        assertEquals(200, again.status(), "starting again opens the same attempt");
        assertEquals(started.attemptId(), again.attemptId());
        assertEquals(
                Api.withAttemptToken(base, again.token())
                        .get("/api/v1/attempts/" + again.attemptId())
                        .json()
                        .getJsonArray("items"),
                again.items(),
                "opened again, it gives the stored form with the answer and flag saved");
        assertEquals(
                List.of(answer),
                again.items().getJsonObject(1).getJsonArray("answer").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        assertTrue(again.items().getJsonObject(1).getBoolean("flagged"));
        assertEquals(
                403,
                Api.withAttemptToken(base, started.token())
                        .get("/api/v1/attempts/" + started.attemptId())
                        .status(),
                "opening it again retires the old page's token");
    }

    @Test
    void aRepeatedOrOlderSaveChangesNothing() throws Exception {
        WrittenExam.Started attempt = exam.start(exam.enrolledCandidate());
        String first = firstLabel(attempt, 1);

        Api.Response saved = exam.save(attempt, 1, 5, "[\"" + first + "\"]", true);
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.json().getBoolean("applied"));

        String other = otherLabel(attempt, 1, first);
        Api.Response repeated = exam.save(attempt, 1, 5, "[\"" + other + "\"]", false);
        assertEquals(200, repeated.status());
        assertFalse(repeated.json().getBoolean("applied"), "the same sequence number again changes nothing");
        Api.Response older = exam.save(attempt, 1, 3, "[\"" + other + "\"]", false);
        assertFalse(older.json().getBoolean("applied"), "an older sequence number changes nothing");
        assertEquals(5, older.json().getInt("seq"), "the page learns what the server has");

        Map<String, Object> row = TestDatabase.row(
                "SELECT answer, flagged, client_seq FROM attempt_item WHERE attempt_id = ? AND position = 1",
                attempt.attemptId());
        assertEquals(first, row.get("answer"));
        assertEquals(Boolean.TRUE, row.get("flagged"));
        assertEquals(5L, ((Number) row.get("client_seq")).longValue());

        Api.Response bad = exam.save(attempt, 1, 6, "[\"Z\"]", false);
        assertEquals(422, bad.status());
        assertTrue(bad.json().getString("detail").contains("'Z'"), bad.body());
        assertEquals(404, exam.save(attempt, 41, 7, "[]", false).status(), "there is no item 41");
        String savePath = "/api/v1/attempts/" + attempt.attemptId() + "/answers/1";
        Api.Response malformed = Api.withAttemptToken(base, attempt.token()).put(savePath, "{\"seq\":\"eight\"}");
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals("malformed-json", malformed.json().getString("code"));
        assertTrue(malformed.contentType().startsWith("application/problem+json"), malformed.contentType());
        Api.Response noSeq =
                Api.withAttemptToken(base, attempt.token()).inLanguage("en").put(savePath, "{\"answer\":[]}");
        assertEquals(422, noSeq.status(), noSeq.body());
        assertEquals("attempt.seq.positive", noSeq.json().getString("code"));
        assertEquals("Unprocessable", noSeq.json().getString("title"), "in the caller's language");
        Api.Response notJson = Api.withAttemptToken(base, attempt.token())
                .send("PUT", savePath, "text/plain", "{\"seq\":9}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, notJson.status(), notJson.body());
        // Only a PUT is a save; anything else on its path passes on to JAX-RS, without CDI's request
        // contexts (web.xml leaves them off for this path), and still gets a problem document.
        for (String method : List.of("GET", "POST", "DELETE")) {
            Api.Response notASave = Api.withAttemptToken(base, attempt.token())
                    .send(method, savePath, "application/json", "{\"seq\":9}".getBytes(StandardCharsets.UTF_8));
            assertEquals(404, notASave.status(), method + " " + notASave.body());
            assertTrue(
                    notASave.contentType().startsWith("application/problem+json"),
                    method + " " + notASave.contentType());
        }
        assertEquals(
                first,
                TestDatabase.row(
                                "SELECT answer FROM attempt_item WHERE attempt_id = ? AND position = 1",
                                attempt.attemptId())
                        .get("answer"));
    }

    @Test
    void nobodyElseReachesAnAttempt() throws Exception {
        WrittenExam.Candidate anna = exam.enrolledCandidate();
        WrittenExam.Candidate bram = exam.enrolledCandidate();
        WrittenExam.Started annas = exam.start(anna);
        WrittenExam.Started brams = exam.start(bram);
        String label = firstLabel(annas, 1);

        WrittenExam.Started bramWithAnnasId = new WrittenExam.Started(200, annas.attemptId(), brams.token(), 0);
        Api.Response refused = exam.save(bramWithAnnasId, 1, 1, "[\"" + label + "\"]", false);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("attempt.token.wrong", refused.json().getString("code"));
        assertEquals(
                403,
                Api.withAttemptToken(base, brams.token())
                        .get("/api/v1/attempts/" + annas.attemptId())
                        .status());
        assertEquals(
                403,
                Api.anonymous(base).get("/api/v1/attempts/" + annas.attemptId()).status(),
                "no token");
        assertEquals(
                403, bram.api(base).get("/api/v1/attempts/" + annas.attemptId()).status(), "a log-in is no token");
        assertEquals(
                403,
                Api.withAttemptToken(base, brams.token())
                        .post("/api/v1/attempts/" + annas.attemptId() + "/submission", "{}")
                        .status());
        assertEquals(
                0L,
                count(
                        "SELECT COUNT(*) FROM attempt_item WHERE attempt_id = ? AND answer IS NOT NULL",
                        annas.attemptId()));
        assertEquals("IN_PROGRESS", status(annas.attemptId()));

        WrittenExam.Candidate outsider = exam.newCandidate();
        Api.Response notEnrolled = outsider.api(base)
                .post(
                        "/api/v1/exam-sessions/" + exam.code() + "/attempts",
                        "{\"accessCode\":\"" + exam.accessCode() + "\"}");
        assertEquals(403, notEnrolled.status());
        assertEquals("attempt.notEnrolled", notEnrolled.json().getString("code"));
        Api.Response noSuchSession = outsider.api(base)
                .post(
                        "/api/v1/exam-sessions/NO-SUCH-SESSION/attempts",
                        "{\"accessCode\":\"" + exam.accessCode() + "\"}");
        assertEquals(404, noSuchSession.status());
        assertEquals("session.notFound", noSuchSession.json().getString("code"));
    }

    @Test
    void aSaveAfterTheDeadlineIsRefusedAndTheServerClosesAndScoresTheAttempt() throws Exception {
        WrittenExam.Started attempt = exam.start(exam.enrolledCandidate());
        Map<Integer, Set<String>> keys = keys(attempt.attemptId());
        // two right answers, one wrong, the rest left open: the browser then goes away
        assertEquals(200, exam.save(attempt, 1, 1, json(keys.get(1)), false).status());
        assertEquals(200, exam.save(attempt, 2, 2, json(keys.get(2)), false).status());
        assertEquals(200, exam.save(attempt, 3, 3, "[]", false).status());

        moveDeadline(attempt.attemptId(), Instant.now().minusSeconds(1));
        Api.Response late = exam.save(attempt, 4, 4, json(keys.get(4)), false);
        assertEquals(409, late.status(), late.body());
        assertEquals("attempt.timeUp", late.json().getString("code"));
        assertTrue(late.json().getString("detail").contains("De tijd is om"));
        assertEquals(
                0L,
                count(
                        "SELECT COUNT(*) FROM attempt_item WHERE attempt_id = ? AND position = 4 AND answer IS NOT NULL",
                        attempt.attemptId()));

        Instant waitUntil = Instant.now().plusSeconds(20);
        while (!"TIMED_OUT".equals(status(attempt.attemptId())) && Instant.now().isBefore(waitUntil)) {
            Thread.sleep(250);
        }
        Map<String, Object> closed = TestDatabase.row(
                "SELECT status, raw_score, max_score, passed FROM attempt WHERE id = ?", attempt.attemptId());
        assertEquals("TIMED_OUT", closed.get("status"), "closed by the server without a browser");
        assertEquals(2, ((Number) closed.get("raw_score")).intValue());
        assertEquals(40, ((Number) closed.get("max_score")).intValue());
        assertEquals(Boolean.FALSE, closed.get("passed"));
        assertEquals(
                40L,
                ((Number) TestDatabase.row(
                                        "SELECT SUM(max_score) AS total FROM attempt_theme_score WHERE attempt_id = ?",
                                        attempt.attemptId())
                                .get("total"))
                        .longValue());
        assertEquals(409, exam.save(attempt, 5, 5, "[]", false).status(), "a closed attempt takes nothing");
    }

    /**
     * Ended and scored together, or not at all: storing the first attempt's score is refused by a
     * constraint for a while, and it must stay open (to be closed on a later round) rather than end
     * without a score that nothing would ever add; the attempt behind it is closed meanwhile.
     */
    @Test
    void anAttemptClosedAtTheDeadlineIsEndedAndScoredTogetherAndOneThatFailsHoldsUpNoOther() throws Exception {
        WrittenExam.Started failing = exam.start(exam.enrolledCandidate());
        WrittenExam.Started next = exam.start(exam.enrolledCandidate());
        assertEquals(
                200,
                exam.save(failing, 1, 1, json(keys(failing.attemptId()).get(1)), false)
                        .status());
        String constraint = "it_refuse_score_" + failing.attemptId();
        execute("ALTER TABLE attempt_theme_score ADD CONSTRAINT " + constraint + " CHECK (attempt_id <> "
                + failing.attemptId() + ")");
        try {
            moveDeadline(failing.attemptId(), Instant.now().minusSeconds(2));
            moveDeadline(next.attemptId(), Instant.now().minusSeconds(1));
            Instant waitUntil = Instant.now().plusSeconds(20);
            while (!"TIMED_OUT".equals(status(next.attemptId()))
                    && Instant.now().isBefore(waitUntil)) {
                Thread.sleep(250);
            }
            assertEquals(
                    "TIMED_OUT",
                    status(next.attemptId()),
                    "the attempt behind the failing one is closed; the failing one: "
                            + TestDatabase.row(
                                    "SELECT status, raw_score, deadline FROM attempt WHERE id = ?", failing.attemptId())
                            + ", the next: "
                            + TestDatabase.row("SELECT status, deadline FROM attempt WHERE id = ?", next.attemptId()));
            assertNotNull(TestDatabase.row("SELECT raw_score FROM attempt WHERE id = ?", next.attemptId())
                    .get("raw_score"));
            Map<String, Object> held =
                    TestDatabase.row("SELECT status, raw_score FROM attempt WHERE id = ?", failing.attemptId());
            assertEquals("IN_PROGRESS", held.get("status"), "not ended without its score: " + held);
            assertEquals(null, held.get("raw_score"));
        } finally {
            execute("ALTER TABLE attempt_theme_score DROP CONSTRAINT " + constraint);
        }
        Instant waitUntil = Instant.now().plusSeconds(20);
        while (!"TIMED_OUT".equals(status(failing.attemptId())) && Instant.now().isBefore(waitUntil)) {
            Thread.sleep(250);
        }
        Map<String, Object> closed =
                TestDatabase.row("SELECT status, raw_score FROM attempt WHERE id = ?", failing.attemptId());
        assertEquals("TIMED_OUT", closed.get("status"), "closed on a later round");
        assertEquals(1, ((Number) closed.get("raw_score")).intValue());
        JsonObject timedOut = TestAccounts.board(base)
                .get("/api/v1/audit?action=attempt.timed-out&objectId=" + failing.attemptId())
                .json();
        assertEquals(1, timedOut.getInt("total"), "audited once, when it was closed: " + timedOut);
        assertEquals(
                "score=1/40", timedOut.getJsonArray("entries").getJsonObject(0).getString("details"));
        assertEquals(
                40L, count("SELECT SUM(max_score) FROM attempt_theme_score WHERE attempt_id = ?", failing.attemptId()));
    }

    @Test
    void theBoardsLiveViewThroughTheApiSaysWhereEachCandidateIs() throws Exception {
        WrittenExam.Candidate taking = exam.enrolledCandidate();
        WrittenExam.Candidate absent = exam.enrolledCandidate();
        WrittenExam.Started attempt = exam.start(taking);
        assertEquals(200, exam.save(attempt, 1, 1, "[\"A\"]", false).status());
        String path = "/api/v1/exam-sessions/" + exam.code() + "/proctor";

        Api.Response live = TestAccounts.board(base).get(path);
        assertEquals(200, live.status(), live.body());
        Map<String, JsonObject> rows = live.array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(row -> row.getString("candidateNumber"), row -> row));
        assertEquals(Set.of(taking.number(), absent.number()), rows.keySet());
        JsonObject running = rows.get(taking.number());
        assertEquals("IN_PROGRESS", running.getString("status"));
        assertEquals(1, running.getInt("answered"));
        assertFalse(running.getBoolean("contactLost"), "it has just saved: " + running);
        assertTrue(running.getJsonNumber("secondsLeft").longValue() > 89 * 60, running.toString());
        JsonObject waiting = rows.get(absent.number());
        assertTrue(!waiting.containsKey("status") || waiting.isNull("status"), "not started: " + waiting);

        assertEquals(403, taking.api(base).get(path).status(), "a candidate does not see the hall");
    }

    @Test
    void theBoardReadsTheItemAnalysisOfAClosedSession() throws Exception {
        WrittenExam.Candidate strong = exam.enrolledCandidate();
        WrittenExam.Candidate middle = exam.enrolledCandidate();
        WrittenExam.Candidate weak = exam.enrolledCandidate();
        String path = "/api/v1/exam-sessions/" + exam.code() + "/item-analysis";
        Api.Response running = TestAccounts.board(base).get(path);
        assertEquals(409, running.status(), running.body());
        assertEquals("session.analysis.notClosed", running.json().getString("code"));

        // all 40 right; the first 20 right and a wrong option on the other 20; nothing answered
        WrittenExam.Started first = exam.start(strong);
        Map<Integer, Set<String>> strongKeys = keys(first.attemptId());
        for (int position = 1; position <= 40; position++) {
            assertEquals(
                    200,
                    exam.save(first, position, position, json(strongKeys.get(position)), false)
                            .status());
        }
        WrittenExam.Started second = exam.start(middle);
        Map<Integer, Set<String>> middleKeys = keys(second.attemptId());
        for (int position = 1; position <= 40; position++) {
            Set<String> answer = position <= 20 ? middleKeys.get(position) : Set.of(wrongOption(second, position));
            assertEquals(
                    200,
                    exam.save(second, position, position, json(answer), false).status());
        }
        exam.start(weak);
        assertEquals(200, exam.close().status());

        assertEquals(403, strong.api(base).get(path).status(), "a candidate does not see the item analysis");
        Api.Response response = TestAccounts.board(base).get(path);
        assertEquals(200, response.status(), response.body());
        JsonObject analysis = response.json();
        assertEquals(3, analysis.getInt("candidates"));
        assertEquals(20.0, analysis.getJsonNumber("mean").doubleValue(), 1e-9);
        assertEquals(
                Math.sqrt(800.0 / 3),
                analysis.getJsonNumber("standardDeviation").doubleValue(),
                1e-9);
        assertTrue(analysis.containsKey("kr20"), analysis.toString());
        int taken = 0;
        double right = 0;
        int open = 0;
        int wrongChosen = 0;
        for (JsonObject item : analysis.getJsonArray("items").getValuesAs(JsonObject.class)) {
            JsonObject stats = item.getJsonObject("stats");
            int candidates = stats.getInt("candidates");
            taken += candidates;
            right += stats.getJsonNumber("p").doubleValue() * candidates;
            open += stats.getInt("unanswered");
            for (JsonObject option : stats.getJsonArray("options").getValuesAs(JsonObject.class)) {
                if (!option.getBoolean("key")) {
                    wrongChosen += option.getInt("chosen");
                }
            }
            assertTrue(item.getString("itemCode").length() > 0 && item.getInt("versionNo") >= 1, item.toString());
        }
        assertEquals(120, taken, "three forms of 40 items");
        assertEquals(60, Math.round(right), "40 + 20 + 0 right");
        assertEquals(40, open, "the weak candidate left all 40 open");
        assertEquals(20, wrongChosen, "the middle candidate chose one wrong option on 20 items");

        Api.Download file = TestAccounts.board(base).download(path + ".csv", "text/csv");
        assertEquals(200, file.status());
        List<String> lines =
                new String(file.body(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(
                lines.get(0).startsWith("\uFEFFitem,versie,thema,kandidaten,p,Rit,Rir,open gelaten,sleutel,A gekozen"),
                lines.get(0));
        assertEquals(analysis.getJsonArray("items").size() + 1, lines.size(), "a line per item version");

        JsonObject thresholds = analysis.getJsonObject("thresholds");
        assertEquals(0.30, thresholds.getJsonNumber("minP").doubleValue(), 1e-9, "the scheme's, in exam-content/");
        assertEquals(0.95, thresholds.getJsonNumber("maxP").doubleValue(), 1e-9);
        assertEquals(0.10, thresholds.getJsonNumber("minRir").doubleValue(), 1e-9);
        assertTrue(thresholdFlags(analysis) > 0, "an item only the weak candidate had is too hard: " + analysis);
        // The exam board sets other thresholds in its scheme (here in the stored scheme, restored after).
        Map<String, Object> scheme = TestDatabase.row(
                "SELECT code, analysis_min_p, analysis_max_p, analysis_min_rir FROM certification_scheme"
                        + " WHERE active = TRUE");
        String set = "UPDATE certification_scheme SET analysis_min_p = ?, analysis_max_p = ?, analysis_min_rir = ?"
                + " WHERE code = ?";
        try (Connection connection = TestDatabase.connect();
                PreparedStatement update = connection.prepareStatement(set)) {
            update.setString(4, (String) scheme.get("code"));
            update.setBigDecimal(1, BigDecimal.ZERO);
            update.setBigDecimal(2, BigDecimal.ONE);
            update.setBigDecimal(3, BigDecimal.ONE.negate());
            update.executeUpdate();
            try {
                JsonObject wide = TestAccounts.board(base).get(path).json();
                assertEquals(0, thresholdFlags(wide), "nothing is below 0 or above 1: " + wide);
                assertEquals(
                        1.0,
                        wide.getJsonObject("thresholds").getJsonNumber("maxP").doubleValue(),
                        1e-9);
            } finally {
                update.setBigDecimal(1, (BigDecimal) scheme.get("analysis_min_p"));
                update.setBigDecimal(2, (BigDecimal) scheme.get("analysis_max_p"));
                update.setBigDecimal(3, (BigDecimal) scheme.get("analysis_min_rir"));
                update.executeUpdate();
            }
        }
    }

    /** How many items the analysis flagged as too hard, too easy or with a low Rir. */
    private static long thresholdFlags(JsonObject analysis) {
        return analysis.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .flatMap(item ->
                        item.getJsonObject("stats").getJsonArray("flags").getValuesAs(JsonString.class).stream())
                .map(JsonString::getString)
                .filter(flag -> Set.of("TOO_HARD", "TOO_EASY", "LOW_RIR").contains(flag))
                .count();
    }

    @Test
    void theBoardNeutralisesAnItemWithAReasonAndEveryAttemptIsRescoredUntilPublication() throws Exception {
        WrittenExam.Candidate anna = exam.enrolledCandidate();
        WrittenExam.Candidate bram = exam.enrolledCandidate();
        WrittenExam.Started annas = exam.start(anna);
        WrittenExam.Started brams = exam.start(bram);
        answerRight(annas, 30);
        answerRight(brams, 20);
        Item credited = itemAt(annas, 40);
        Item dropped = itemAt(annas, 39);
        String path = "/api/v1/exam-sessions/" + exam.code() + "/neutralisations";
        Api board = TestAccounts.board(base);

        Api.Response tooEarly = board.post(path, neutralisation(credited, "CREDIT", "sleutel fout"));
        assertEquals(409, tooEarly.status(), tooEarly.body());
        assertEquals("neutralisation.session.notClosed", tooEarly.json().getString("code"));
        assertEquals(200, exam.close().status());
        Map<String, Object> annaBefore = score(annas);
        Map<String, Object> bramBefore = score(brams);
        assertEquals(30, annaBefore.get("raw_score"));

        Api.Response noReason = board.post(path, neutralisation(credited, "CREDIT", " "));
        assertEquals(422, noReason.status(), noReason.body());
        assertEquals("neutralisation.reason.required", noReason.json().getString("code"));
        Api.Response elsewhere =
                board.post(path, "{\"itemCode\":\"GEEN-ITEM\",\"versionNo\":1,\"mode\":\"DROP\",\"reason\":\"x\"}");
        assertEquals(404, elsewhere.status(), elsewhere.body());
        assertEquals(
                403,
                anna.api(base)
                        .post(path, neutralisation(credited, "CREDIT", "ik wil een punt"))
                        .status(),
                "a candidate cannot neutralise");
        assertEquals(annaBefore, score(annas), "refusals change no score");

        Api.Response done = board.post(path, neutralisation(credited, "CREDIT", "Twee opties zijn juist"));
        assertEquals(200, done.status(), done.body());
        assertEquals(2, done.json().getInt("attemptsRescored"));
        assertEquals(31, score(annas).get("raw_score"), "Anna left it open and gets its point");
        assertEquals(40, score(annas).get("max_score"));
        int bramsGain = heldOpen(brams, credited, 20) ? 1 : 0;
        assertEquals(
                (Integer) bramBefore.get("raw_score") + bramsGain, score(brams).get("raw_score"));
        assertEquals(
                409,
                board.post(path, neutralisation(credited, "DROP", "toch schrappen"))
                        .status(),
                "one decision per item");

        assertEquals(
                200,
                board.post(path, neutralisation(dropped, "DROP", "Verouderde wet"))
                        .status());
        assertEquals(31, score(annas).get("raw_score"));
        assertEquals(39, score(annas).get("max_score"), "a dropped item leaves the maximum");

        JsonObject audit = board.get("/api/v1/audit?action=item.neutralised&objectId=" + exam.code())
                .json();
        assertEquals(2, audit.getInt("total"), audit.toString());
        List<String> reasons = audit.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .map(entry -> entry.getString("reason"))
                .toList();
        assertTrue(reasons.containsAll(List.of("Twee opties zijn juist", "Verouderde wet")), reasons.toString());

        Map<String, String> neutralised = new HashMap<>();
        for (JsonObject row : board.get("/api/v1/exam-sessions/" + exam.code() + "/item-analysis")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (row.containsKey("neutralised")) {
                neutralised.put(
                        row.getString("itemCode") + " v" + row.getInt("versionNo"), row.getString("neutralised"));
            }
        }
        assertEquals(Map.of(credited.label(), "CREDIT", dropped.label(), "DROP"), neutralised);

        String withdrawal = path + "/" + dropped.code() + "/" + dropped.versionNo() + "/withdrawal";
        Api.Response withdrawnWithoutReason = board.post(withdrawal, "{}");
        assertEquals(422, withdrawnWithoutReason.status(), withdrawnWithoutReason.body());
        assertEquals(39, score(annas).get("max_score"), "refused: still dropped");
        Api.Response withdrawn = board.post(withdrawal, "{\"reason\":\"Wet geldt nog op de examendatum\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals(2, withdrawn.json().getInt("attemptsRescored"));
        assertEquals(40, score(annas).get("max_score"), "the dropped item counts again");
        assertEquals(31, score(annas).get("raw_score"), "the credited one still gives its point");
        assertEquals(404, board.post(withdrawal, "{\"reason\":\"nogmaals\"}").status(), "nothing left to withdraw");
        JsonObject withdrawals = board.get("/api/v1/audit?action=item.neutralisation-withdrawn&objectId=" + exam.code())
                .json();
        assertEquals(1, withdrawals.getInt("total"), withdrawals.toString());
        assertEquals(
                "Wet geldt nog op de examendatum",
                withdrawals.getJsonArray("entries").getJsonObject(0).getString("reason"));

        assertEquals(204, exam.publish().status());
        assertEquals(
                409,
                board.post(
                                path + "/" + credited.code() + "/" + credited.versionNo() + "/withdrawal",
                                "{\"reason\":\"x\"}")
                        .status(),
                "published results stay as published");
        Api.Response afterPublication = board.post(path, neutralisation(itemAt(annas, 38), "CREDIT", "te laat"));
        assertEquals(409, afterPublication.status());
        assertEquals("neutralisation.session.published", afterPublication.json().getString("code"));
    }

    @Test
    void theBoardSetsTheCutScoreByCohenSchotanusWithAReasonAndEveryAttemptIsRescoredUntilPublication()
            throws Exception {
        // 20 candidates with 10, 11, ..., 29 of 40 right: the 95th percentile (19th of 20) is 28, 70 %
        List<WrittenExam.Started> hall = new ArrayList<>();
        WrittenExam.Candidate first = null;
        for (int right = 10; right <= 29; right++) {
            WrittenExam.Candidate candidate = exam.enrolledCandidate();
            first = first == null ? candidate : first;
            WrittenExam.Started attempt = exam.start(candidate);
            answerRight(attempt, right);
            hall.add(attempt);
        }
        String path = "/api/v1/exam-sessions/" + exam.code() + "/cut-score";
        Api board = TestAccounts.board(base);
        Api.Response running = board.get(path);
        assertEquals(409, running.status(), running.body());
        assertEquals("cutScore.session.notClosed", running.json().getString("code"));
        assertEquals(200, exam.close().status());

        JsonObject before = board.get(path).json();
        assertEquals("PERCENTAGE_OF_MAXIMUM", before.getString("inForce"));
        assertEquals(20, before.getInt("attempts"));
        JsonObject fixed = before.getJsonArray("options").getJsonObject(0);
        assertEquals(65, fixed.getJsonNumber("percentage").intValue());
        assertEquals(4, fixed.getInt("passing"), "26 to 29 of 40 pass at 65 %");
        assertEquals(4, passed(), "and so the attempts were scored at close");
        JsonObject cohenSchotanus = before.getJsonArray("options").getJsonObject(1);
        assertEquals("COHEN_SCHOTANUS", cohenSchotanus.getString("method"));
        assertEquals(70.0, cohenSchotanus.getJsonNumber("reference").doubleValue(), 1e-9);
        double chance = chancePercentage();
        assertEquals(chance, cohenSchotanus.getJsonNumber("chance").doubleValue(), 0.005);
        double cut = chance + 0.6 * (70 - chance);
        assertEquals(cut, cohenSchotanus.getJsonNumber("percentage").doubleValue(), 0.01);
        int cutScore =
                (int) Math.ceil(cohenSchotanus.getJsonNumber("percentage").doubleValue() * 40 / 100 - 1e-9);
        assertEquals(30 - cutScore, cohenSchotanus.getInt("passing"), "every score from the cut score up to 29");

        Api.Response noReason = board.put(path, "{\"method\":\"COHEN_SCHOTANUS\"}");
        assertEquals(422, noReason.status(), noReason.body());
        assertEquals("cutScore.reason.required", noReason.json().getString("code"));
        assertEquals(
                403,
                first.api(base)
                        .put(path, "{\"method\":\"COHEN_SCHOTANUS\",\"reason\":\"graag\"}")
                        .status(),
                "a candidate cannot set the cut score");
        assertEquals(4, passed(), "refusals change no result");

        Api.Response applied = board.put(path, "{\"method\":\"COHEN_SCHOTANUS\",\"reason\":\"Examen viel zwaar uit\"}");
        assertEquals(200, applied.status(), applied.body());
        assertEquals(20, applied.json().getInt("attemptsRescored"));
        assertEquals(30 - cutScore, passed(), "every attempt rescored with the Cohen-Schotanus cut");
        Map<String, Object> session = TestDatabase.row(
                "SELECT cut_score_method, cohen_schotanus_percentage FROM exam_session WHERE code = ?", exam.code());
        assertEquals("COHEN_SCHOTANUS", session.get("cut_score_method"));
        assertEquals(cut, ((Number) session.get("cohen_schotanus_percentage")).doubleValue(), 0.01);
        assertEquals(
                409,
                board.put(path, "{\"method\":\"COHEN_SCHOTANUS\",\"reason\":\"nogmaals\"}")
                        .status(),
                "already in force");
        JsonObject audit = board.get("/api/v1/audit?action=session.cut-score-set&objectId=" + exam.code())
                .json();
        assertEquals(1, audit.getInt("total"), audit.toString());
        JsonObject entry = audit.getJsonArray("entries").getJsonObject(0);
        assertEquals("Examen viel zwaar uit", entry.getString("reason"));
        assertTrue(entry.getString("details").contains("reference (95th percentile)=70.00 %"), entry.toString());

        // a neutralisation moves the scores, and the Cohen-Schotanus cut follows them
        Item credited = itemAt(hall.get(19), 40);
        assertEquals(
                200,
                board.post(
                                "/api/v1/exam-sessions/" + exam.code() + "/neutralisations",
                                neutralisation(credited, "CREDIT", "Twee opties zijn juist"))
                        .status());
        JsonObject afterCredit = board.get(path).json();
        JsonObject followed = afterCredit.getJsonArray("options").getJsonObject(1);
        assertEquals(
                followed.getJsonNumber("percentage").doubleValue(),
                afterCredit.getJsonNumber("percentageInForce").doubleValue(),
                1e-9);
        assertEquals(followed.getInt("passing"), passed());

        assertEquals(
                200,
                board.put(path, "{\"method\":\"PERCENTAGE_OF_MAXIMUM\",\"reason\":\"Toch de vaste norm\"}")
                        .status());
        JsonObject backToFixed = board.get(path).json();
        assertEquals("PERCENTAGE_OF_MAXIMUM", backToFixed.getString("inForce"));
        assertEquals(backToFixed.getJsonArray("options").getJsonObject(0).getInt("passing"), passed());
        assertEquals(
                null,
                TestDatabase.row("SELECT cohen_schotanus_percentage FROM exam_session WHERE code = ?", exam.code())
                        .get("cohen_schotanus_percentage"));

        assertEquals(204, exam.publish().status());
        Api.Response late = board.put(path, "{\"method\":\"COHEN_SCHOTANUS\",\"reason\":\"te laat\"}");
        assertEquals(409, late.status(), late.body());
        assertEquals("cutScore.session.published", late.json().getString("code"));
        assertFalse(board.get(path).json().getBoolean("decidable"));
    }

    @Test
    void cohenSchotanusIsRefusedForASessionOfFewerThanTwentyAttemptsAndSaysWhy() throws Exception {
        answerRight(exam.start(exam.enrolledCandidate()), 30);
        answerRight(exam.start(exam.enrolledCandidate()), 20);
        assertEquals(200, exam.close().status());
        String path = "/api/v1/exam-sessions/" + exam.code() + "/cut-score";
        Api board = TestAccounts.board(base);

        JsonObject cohenSchotanus =
                board.get(path).json().getJsonArray("options").getJsonObject(1);
        assertEquals("cutScore.cohenSchotanus.tooFew", cohenSchotanus.getString("unavailable"));
        assertEquals(
                "[20,2]", cohenSchotanus.getJsonArray("unavailableArguments").toString());
        assertFalse(cohenSchotanus.containsKey("percentage"), cohenSchotanus.toString());
        Api.Response refused = board.put(path, "{\"method\":\"COHEN_SCHOTANUS\",\"reason\":\"Examen viel zwaar uit\"}");
        assertEquals(409, refused.status(), refused.body());
        assertEquals("cutScore.cohenSchotanus.tooFew", refused.json().getString("code"));
        assertTrue(refused.json().getString("detail").contains("20"), refused.body());
        assertEquals(
                "PERCENTAGE_OF_MAXIMUM",
                TestDatabase.row("SELECT cut_score_method FROM exam_session WHERE code = ?", exam.code())
                        .get("cut_score_method"));
    }

    @Test
    void aCandidateAsksForInzageTheBoardPlansItAndOnlyInsideItTheyReadTheirOwnExamWithKeyAndRationale()
            throws Exception {
        WrittenExam.Candidate anna = exam.enrolledCandidate();
        WrittenExam.Candidate bram = exam.enrolledCandidate();
        WrittenExam.Candidate absent = exam.enrolledCandidate();
        WrittenExam.Started annas = exam.start(anna);
        answerRight(annas, 30);
        // Anna marks a wrong option on item 31, so her sheet shows both her answer and the key there
        String wrong = wrongOption(annas, 31);
        assertEquals(200, exam.save(annas, 31, 31, json(Set.of(wrong)), false).status());
        answerRight(exam.start(bram), 10);
        String mine = "/api/v1/me/written-exams/" + exam.code() + "/inzage";
        Api annaApi = anna.api(base);
        Api.Response tooEarly = annaApi.post(mine, "{\"note\":\"vraag 12\"}");
        assertEquals(409, tooEarly.status(), tooEarly.body());
        assertEquals("inzage.notPublished", tooEarly.json().getString("code"));
        assertFalse(annaApi.get(mine).json().getBoolean("requestable"));
        assertEquals(200, exam.close().status());
        assertEquals(204, exam.publish().status());

        JsonObject open = annaApi.get(mine).json();
        assertTrue(open.getBoolean("requestable"), open.toString());
        Instant deadline = Instant.parse(open.getString("requestDeadline"));
        assertEquals(publishedAt(exam).plus(Duration.ofDays(42)), deadline, "six weeks after publication");
        Api.Response asked = annaApi.post(mine, "{\"note\":\"Ik wil vraag 31 nalezen\"}");
        assertEquals(201, asked.status(), asked.body());
        assertEquals("REQUESTED", asked.json().getString("state"));
        assertEquals(409, annaApi.post(mine, "{}").status(), "once per exam");
        Api.Response notPlanned = annaApi.get(mine + "/exam");
        assertEquals(409, notPlanned.status(), notPlanned.body());
        assertEquals("inzage.notPlanned", notPlanned.json().getString("code"));
        assertFalse(notPlanned.body().contains("rationale"), "nothing of the exam before the window");
        JsonObject nothingToSee = absent.api(base)
                .get("/api/v1/me/written-exams/" + exam.code() + "/inzage")
                .json();
        assertFalse(nothingToSee.getBoolean("attempted"), nothingToSee.toString());
        assertFalse(nothingToSee.getBoolean("requestable"), nothingToSee.toString());
        Api.Response noAttempt = absent.api(base).post("/api/v1/me/written-exams/" + exam.code() + "/inzage", "{}");
        assertEquals(409, noAttempt.status(), noAttempt.body());
        assertEquals("inzage.noAttempt", noAttempt.json().getString("code"));

        Api board = TestAccounts.board(base);
        String requests = "/api/v1/exam-sessions/" + exam.code() + "/inzage";
        JsonObject request = board.get(requests).array().getJsonObject(0);
        assertEquals(anna.number(), request.getString("candidateNumber"));
        assertEquals("Ik wil vraag 31 nalezen", request.getString("note"));
        assertEquals(1, board.get(requests).array().size());
        Instant now = Instant.now();
        Api.Response later = board.put(
                requests + "/" + anna.number(), window(now.plus(Duration.ofHours(1)), now.plus(Duration.ofHours(2))));
        assertEquals(200, later.status(), later.body());
        assertEquals("PLANNED", later.json().getString("state"));
        Api.Response notYet = annaApi.get(mine + "/exam");
        assertEquals(409, notYet.status(), notYet.body());
        assertEquals("inzage.notYetOpen", notYet.json().getString("code"));
        assertEquals(
                404,
                board.put(requests + "/" + bram.number(), window(now, now.plus(Duration.ofHours(1))))
                        .status(),
                "Bram did not ask");
        assertEquals(
                403,
                annaApi.put(requests + "/" + anna.number(), window(now, now.plus(Duration.ofHours(1))))
                        .status(),
                "a candidate does not plan");
        Api.Response moved = board.put(
                requests + "/" + anna.number(),
                window(now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofHours(1))));
        assertEquals("OPEN", moved.json().getString("state"), moved.body());
        List<Map<String, Object>> mails = TestDatabase.rows(
                "SELECT m.subject, m.body FROM mail_outbox m JOIN candidate c ON c.email = m.recipient"
                        + " WHERE c.candidate_number = ? ORDER BY m.id",
                anna.number());
        assertEquals(
                4, mails.size(), "the enrolment, the publication, then planned, then moved: Anna is told each time");
        assertTrue(((String) mails.get(0).get("subject")).startsWith("Inschrijving "), mails.toString());
        assertTrue(((String) mails.get(1).get("subject")).startsWith("Uitslag "), mails.toString());
        assertTrue(((String) mails.get(3).get("subject")).startsWith("Inzage "), mails.toString());
        assertTrue(((String) mails.get(3).get("body")).startsWith("Beste " + anna.fullName() + ","), mails.toString());
        assertTrue(((String) mails.get(3).get("body")).contains(" is gepland van "), mails.toString());

        Api.Response read = annaApi.get(mine + "/exam");
        assertEquals(200, read.status(), read.body());
        JsonObject sheet = read.json();
        assertEquals(30, sheet.getInt("rawScore"));
        List<JsonObject> items = sheet.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(40, items.size());
        assertEquals(
                30, items.stream().filter(item -> item.getBoolean("correct")).count());
        Map<Integer, Set<String>> keys = keys(annas.attemptId());
        for (JsonObject item : items) {
            int position = item.getInt("position");
            List<String> order = List.of(((String) TestDatabase.row(
                                    "SELECT option_order FROM attempt_item WHERE attempt_id = ? AND position = ?",
                                    annas.attemptId(),
                                    position)
                            .get("option_order"))
                    .split(","));
            Set<String> keyLetters = new HashSet<>();
            Set<String> markedLetters = new HashSet<>();
            List<JsonObject> options = item.getJsonArray("options").getValuesAs(JsonObject.class);
            for (int index = 0; index < options.size(); index++) {
                assertEquals(
                        String.valueOf((char) ('A' + index)), options.get(index).getString("letter"));
                if (options.get(index).getBoolean("key")) {
                    keyLetters.add(order.get(index));
                }
                if (options.get(index).getBoolean("marked")) {
                    markedLetters.add(order.get(index));
                }
            }
            assertEquals(keys.get(position), keyLetters, "the key under the letters Anna saw, item " + position);
            Set<String> expected = position <= 30 ? keys.get(position) : position == 31 ? Set.of(wrong) : Set.of();
            assertEquals(expected, markedLetters, "Anna's own answer, item " + position);
            assertFalse(item.getString("rationale").isBlank());
            assertFalse(item.getJsonArray("sources").isEmpty(), item.toString());
        }
        annaApi.get(mine + "/exam");
        Api.Response brams = bram.api(base).get("/api/v1/me/written-exams/" + exam.code() + "/inzage/exam");
        assertEquals(409, brams.status(), brams.body());
        assertEquals("inzage.notAsked", brams.json().getString("code"));
        assertEquals(403, board.get(mine + "/exam").status(), "the inspection is the candidate's own");
        for (String action : List.of("inzage.requested", "inzage.planned", "inzage.read")) {
            JsonObject audit = board.get("/api/v1/audit?action=" + action + "&objectId=" + exam.code())
                    .json();
            assertEquals(action.equals("inzage.planned") ? 2 : 1, audit.getInt("total"), action + ": " + audit);
        }
    }

    private static String window(Instant opens, Instant closes) {
        return "{\"opensAt\":\"" + opens.atOffset(ZoneOffset.UTC) + "\",\"closesAt\":\""
                + closes.atOffset(ZoneOffset.UTC) + "\"}";
    }

    /** How many attempts of the session passed, as stored. */
    private long passed() throws SQLException {
        return count(
                "SELECT COUNT(*) FROM attempt a JOIN exam_session s ON s.id = a.session_id"
                        + " WHERE s.code = ? AND a.passed = TRUE",
                exam.code());
    }

    /**
     * What blind guessing scores on the session's forms, as a percentage of their maximum: one option of
     * a single-choice item, one of the 2^n - 1 non-empty sets of a multiple-response item's n options.
     */
    private double chancePercentage() throws SQLException {
        Map<Long, Double> perAttempt = new TreeMap<>();
        for (Map<String, Object> row : TestDatabase.rows(
                "SELECT i.attempt_id, v.type, COUNT(o.label) AS options FROM attempt_item i"
                        + " JOIN attempt a ON a.id = i.attempt_id JOIN exam_session s ON s.id = a.session_id"
                        + " JOIN item_version v ON v.id = i.item_version_id"
                        + " JOIN item_option o ON o.item_version_id = v.id"
                        + " WHERE s.code = ? GROUP BY i.attempt_id, i.position, v.type",
                exam.code())) {
            int options = ((Number) row.get("options")).intValue();
            double chance = "MULTIPLE".equals(row.get("type")) ? 1.0 / (Math.pow(2, options) - 1) : 1.0 / options;
            perAttempt.merge(((Number) row.get("attempt_id")).longValue(), chance, Double::sum);
        }
        return perAttempt.values().stream()
                .mapToDouble(chance -> chance * 100 / 40)
                .average()
                .orElseThrow();
    }

    /** An item version as the board names it. */
    private record Item(String code, int versionNo) {

        String label() {
            return code + " v" + versionNo;
        }
    }

    private static Item itemAt(WrittenExam.Started attempt, int position) throws SQLException {
        Map<String, Object> row = TestDatabase.row(
                "SELECT i.code, v.version_no FROM attempt_item a JOIN item_version v ON v.id = a.item_version_id"
                        + " JOIN item i ON i.id = v.item_id WHERE a.attempt_id = ? AND a.position = ?",
                attempt.attemptId(),
                position);
        return new Item((String) row.get("code"), ((Number) row.get("version_no")).intValue());
    }

    /** Whether the attempt's form held the item at a position it left open (after the first rightAnswers). */
    private static boolean heldOpen(WrittenExam.Started attempt, Item item, int rightAnswers) throws SQLException {
        List<Map<String, Object>> rows = TestDatabase.rows(
                "SELECT a.position FROM attempt_item a JOIN item_version v ON v.id = a.item_version_id"
                        + " JOIN item i ON i.id = v.item_id WHERE a.attempt_id = ? AND i.code = ? AND v.version_no = ?",
                attempt.attemptId(),
                item.code(),
                item.versionNo());
        return !rows.isEmpty() && ((Number) rows.get(0).get("position")).intValue() > rightAnswers;
    }

    private static String neutralisation(Item item, String mode, String reason) {
        return "{\"itemCode\":\"" + item.code() + "\",\"versionNo\":" + item.versionNo() + ",\"mode\":\"" + mode
                + "\",\"reason\":\"" + reason + "\"}";
    }

    private void answerRight(WrittenExam.Started attempt, int count) throws Exception {
        answerRight(exam, attempt, count);
    }

    /** Saves the key of the attempt's first count items, each acknowledged. */
    static void answerRight(WrittenExam exam, WrittenExam.Started attempt, int count) throws Exception {
        Map<Integer, Set<String>> keys = keys(attempt.attemptId());
        for (int position = 1; position <= count; position++) {
            assertEquals(
                    200,
                    exam.save(attempt, position, position, json(keys.get(position)), false)
                            .status());
        }
    }

    private static Map<String, Object> score(WrittenExam.Started attempt) throws SQLException {
        return TestDatabase.row("SELECT raw_score, max_score FROM attempt WHERE id = ?", attempt.attemptId());
    }

    /** An option of the item at this position that is not in its key. */
    private static String wrongOption(WrittenExam.Started attempt, int position) throws SQLException {
        return (String) TestDatabase.row(
                        "SELECT MIN(o.label) AS label FROM attempt_item i JOIN item_option o"
                                + " ON o.item_version_id = i.item_version_id"
                                + " WHERE i.attempt_id = ? AND i.position = ? AND o.correct = FALSE",
                        attempt.attemptId(),
                        position)
                .get("label");
    }

    @Test
    void extraTimeMovesTheDeadlineAndIsInTheAuditLog() throws Exception {
        WrittenExam.Candidate candidate = exam.enrolledCandidate();
        WrittenExam.Started attempt = exam.start(candidate);
        Instant before = WrittenExam.storedDeadline(attempt.attemptId());
        Api board = TestAccounts.board(base);
        String path = "/api/v1/exam-sessions/" + exam.code() + "/candidates/" + candidate.number() + "/extra-time";

        Api.Response withoutReason = board.post(path, "{\"minutes\":10}");
        assertEquals(422, withoutReason.status());
        assertEquals(before, WrittenExam.storedDeadline(attempt.attemptId()), "refused: nothing moved");
        Api.Response fraction = board.post(path, "{\"minutes\":7.5,\"reason\":\"Stroomstoring\"}");
        assertEquals(400, fraction.status(), "7.5 minutes are not cut to 7: " + fraction.body());
        assertEquals(before, WrittenExam.storedDeadline(attempt.attemptId()), "refused: nothing moved");

        Api.Response given = board.post(path, "{\"minutes\":10,\"reason\":\"Stroomstoring in lokaal 2\"}");
        assertEquals(200, given.status(), given.body());
        assertEquals(before.plus(Duration.ofMinutes(10)), WrittenExam.storedDeadline(attempt.attemptId()));
        JsonObject clock = Api.withAttemptToken(base, attempt.token())
                .get("/api/v1/attempts/" + attempt.attemptId() + "/clock")
                .json();
        assertTrue(clock.getJsonNumber("remainingSeconds").longValue() > 99 * 60, clock.toString());

        JsonObject audit = board.get("/api/v1/audit?action=attempt.extra-time&objectId=" + exam.code())
                .json();
        assertEquals(1, audit.getInt("total"), audit.toString());
        JsonObject entry = audit.getJsonArray("entries").getJsonObject(0);
        assertEquals("Stroomstoring in lokaal 2", entry.getString("reason"));
        assertTrue(entry.getString("details").contains(candidate.number()), entry.toString());
        assertEquals(TestAccounts.BOARD_USERNAME, entry.getString("actor"));
    }

    @Test
    void anEnrolledCandidateIsMailedTheSessionAndAWithdrawalBeforeTheStartCancelsIt() throws Exception {
        WrittenExam.Candidate sanne = exam.newCandidate();
        Api board = TestAccounts.board(base);
        String sessionPath = "/api/v1/exam-sessions/" + exam.code();
        Api.Response enrolled = board.post(
                sessionPath + "/enrolments",
                "{\"candidateNumber\":\"" + sanne.number()
                        + "\",\"extraTimePercentage\":25,\"reason\":\"Dyslexieverklaring\"}");
        assertEquals(201, enrolled.status(), enrolled.body());
        List<Map<String, Object>> mails = mailsTo(sanne);
        assertEquals(1, mails.size(), "one mail on enrolment: " + mails);
        Map<String, Object> invitation = mails.get(0);
        assertTrue(((String) invitation.get("subject")).startsWith("Inschrijving Schriftelijk"), invitation.toString());
        String body = (String) invitation.get("body");
        assertTrue(body.startsWith("Beste " + sanne.fullName() + ","), body);
        assertTrue(body.contains("Duur: 112 minuten (inclusief 25 % extra tijd)."), "90 minutes + 25 %: " + body);
        assertTrue(body.contains("toegangscode"), "says where the access code comes from: " + body);
        assertFalse(body.contains(exam.accessCode()), "the access code is handed out on the day, not mailed: " + body);
        String invite = (String) invitation.get("calendar");
        assertEquals("REQUEST", invitation.get("calendar_method"));
        String uid = unfolded(invite)
                .lines()
                .filter(line -> line.startsWith("UID:"))
                .findFirst()
                .orElseThrow();
        assertTrue(invite.contains("SEQUENCE:0"), invite);
        JsonObject mine =
                sanne.api(base).get("/api/v1/me/written-exams").array().getJsonObject(0);
        assertEquals(112, mine.getInt("minutes"), "the candidate's own time, before they start: " + mine);
        assertEquals(25, mine.getInt("extraTimePercentage"));

        Api.Response withoutReason = board.post(sessionPath + "/candidates/" + sanne.number() + "/withdrawal", "{}");
        assertEquals(422, withoutReason.status(), withoutReason.body());
        assertEquals("enrolment.withdraw.reasonRequired", withoutReason.json().getString("code"));
        assertTrue(proctorNumbers().contains(sanne.number()), "refused: still enrolled");

        WrittenExam.Candidate started = exam.enrolledCandidate();
        assertEquals(201, exam.start(started).status());
        Api.Response tooLate = board.post(
                sessionPath + "/candidates/" + started.number() + "/withdrawal",
                "{\"reason\":\"Verkeerde kandidaat\"}");
        assertEquals(409, tooLate.status(), tooLate.body());
        assertEquals("enrolment.withdraw.started", tooLate.json().getString("code"));
        assertTrue(proctorNumbers().contains(started.number()), "a started attempt stays with the session");

        Api.Response withdrawn = board.post(
                sessionPath + "/candidates/" + sanne.number() + "/withdrawal",
                "{\"reason\":\"Kandidaat heeft zich afgemeld\"}");
        assertEquals(204, withdrawn.status(), withdrawn.body());
        assertFalse(proctorNumbers().contains(sanne.number()), "off the live view and the results");
        mails = mailsTo(sanne);
        assertEquals(2, mails.size(), mails.toString());
        Map<String, Object> cancellation = mails.get(1);
        assertTrue(
                ((String) cancellation.get("subject")).startsWith("Inschrijving ingetrokken"), cancellation.toString());
        assertEquals("CANCEL", cancellation.get("calendar_method"));
        String cancelled = unfolded((String) cancellation.get("calendar"));
        assertTrue(cancelled.contains(uid), "the same calendar event, cancelled: " + cancelled);
        assertTrue(cancelled.contains("SEQUENCE:1"), cancelled);
        JsonObject audit = board.get("/api/v1/audit?action=enrolment.withdrawn&objectId=" + exam.code())
                .json();
        assertEquals(1, audit.getInt("total"), audit.toString());
        JsonObject entry = audit.getJsonArray("entries").getJsonObject(0);
        assertEquals("Kandidaat heeft zich afgemeld", entry.getString("reason"));
        assertEquals("candidate=" + sanne.number() + " extraTime=25%", entry.getString("details"));
        assertEquals(TestAccounts.BOARD_USERNAME, entry.getString("actor"));
        Api.Download report = board.download(sessionPath + "/report.pdf", "application/pdf");
        assertEquals(200, report.status());
        try (PDDocument document = Loader.loadPDF(report.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(
                    text.indexOf("Ingetrokken inschrijvingen")
                            < text.indexOf(TestAccounts.BOARD_USERNAME + " " + sanne.number()
                                    + " Kandidaat heeft zich afgemeld"),
                    "the session's report says who was taken off it, by whom and why: " + text);
        }

        assertEquals(403, exam.start(sanne).status(), "no longer enrolled: no start");
        assertEquals(
                404,
                board.post(sessionPath + "/candidates/" + sanne.number() + "/withdrawal", "{\"reason\":\"nogmaals\"}")
                        .status(),
                "nothing left to withdraw");
        exam.enrol(sanne.number());
        assertEquals(201, exam.start(sanne).status(), "enrolled again, the candidate starts");
    }

    @Test
    void extraTimeChangedBeforeTheStartMovesTheCandidatesTimeAndCalendarButNotAfter() throws Exception {
        WrittenExam.Candidate daan = exam.newCandidate();
        Api board = TestAccounts.board(base);
        String sessionPath = "/api/v1/exam-sessions/" + exam.code();
        String accommodation = sessionPath + "/candidates/" + daan.number() + "/accommodation";
        assertEquals(
                201,
                board.post(
                                sessionPath + "/enrolments",
                                "{\"candidateNumber\":\"" + daan.number()
                                        + "\",\"extraTimePercentage\":25,\"reason\":\"Dyslexieverklaring\"}")
                        .status());

        Api.Response withoutReason = board.put(accommodation, "{\"extraTimePercentage\":50}");
        assertEquals(422, withoutReason.status(), withoutReason.body());
        assertEquals(
                "enrolment.accommodation.reasonRequired", withoutReason.json().getString("code"));
        Api.Response outOfRange = board.put(accommodation, "{\"extraTimePercentage\":150,\"reason\":\"Verklaring\"}");
        assertEquals(422, outOfRange.status(), outOfRange.body());
        assertEquals("enrolment.extra.range", outOfRange.json().getString("code"));
        Api.Response fraction = board.put(accommodation, "{\"extraTimePercentage\":37.5,\"reason\":\"Verklaring\"}");
        assertEquals(400, fraction.status(), "37.5 is not cut to 37 without a word: " + fraction.body());
        assertEquals("malformed-json", fraction.json().getString("code"));
        assertTrue(fraction.json().getString("detail").contains("'37.5' is not a whole number"), fraction.body());
        assertEquals(1, mailsTo(daan).size(), "a refused change mails nothing");

        Api.Response changed = board.put(
                accommodation, "{\"extraTimePercentage\":50,\"reason\":\"Nieuwe verklaring: 50 % extra tijd\"}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(135, changed.json().getInt("minutes"), "90 minutes + 50 %");
        assertTrue(changed.json().getBoolean("candidateMailed"));
        JsonObject mine = daan.api(base).get("/api/v1/me/written-exams").array().getJsonObject(0);
        assertEquals(135, mine.getInt("minutes"), "the start page tells the new time: " + mine);
        List<Map<String, Object>> mails = mailsTo(daan);
        assertEquals(2, mails.size(), mails.toString());
        String uid = unfolded((String) mails.get(0).get("calendar"))
                .lines()
                .filter(line -> line.startsWith("UID:"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> update = mails.get(1);
        assertTrue(((String) update.get("subject")).startsWith("Examentijd gewijzigd"), update.toString());
        assertTrue(((String) update.get("body")).contains("Duur: 135 minuten (inclusief 50 % extra tijd)."), (String)
                update.get("body"));
        assertEquals("REQUEST", update.get("calendar_method"));
        String updated = unfolded((String) update.get("calendar"));
        assertTrue(updated.contains(uid), "the same calendar event, updated: " + updated);
        assertTrue(updated.contains("SEQUENCE:1"), updated);
        JsonObject audit = board.get("/api/v1/audit?action=enrolment.accommodation-changed&objectId=" + exam.code())
                .json();
        assertEquals(1, audit.getInt("total"), audit.toString());
        JsonObject entry = audit.getJsonArray("entries").getJsonObject(0);
        assertEquals("candidate=" + daan.number() + " extraTime=25% -> 50%", entry.getString("details"));
        assertEquals("Nieuwe verklaring: 50 % extra tijd", entry.getString("reason"));

        Api.Response same = board.put(
                accommodation, "{\"extraTimePercentage\":50,\"reason\":\"Nieuwe verklaring: 50 % extra tijd\"}");
        assertEquals(200, same.status(), same.body());
        assertFalse(same.json().getBoolean("candidateMailed"));
        assertEquals(2, mailsTo(daan).size(), "nothing changed, nothing mailed");

        WrittenExam.Started started = exam.start(daan);
        assertEquals(201, started.status());
        assertTrue(
                started.remainingSeconds() > 134 * 60 && started.remainingSeconds() <= 135 * 60,
                "the attempt runs the changed time: " + started.remainingSeconds());
        Api.Response tooLate =
                board.put(accommodation, "{\"extraTimePercentage\":0,\"reason\":\"Verklaring verlopen\"}");
        assertEquals(409, tooLate.status(), tooLate.body());
        assertEquals("enrolment.accommodation.started", tooLate.json().getString("code"));
        assertEquals(
                started.deadline(),
                WrittenExam.storedDeadline(started.attemptId()),
                "a started attempt keeps its deadline");
        assertEquals(
                404,
                board.put(
                                sessionPath + "/candidates/C9999999/accommodation",
                                "{\"extraTimePercentage\":0,\"reason\":\"x\"}")
                        .status());

        Api.Download report = board.download(sessionPath + "/report.pdf", "application/pdf");
        try (PDDocument document = Loader.loadPDF(report.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            int heading = text.indexOf("Aanpassingen (extra tijd)");
            assertTrue(
                    heading >= 0
                            && heading < text.indexOf(daan.number() + " 50 135 Nieuwe verklaring: 50 % extra tijd"),
                    "the session's report holds the accommodation as it stood at the start: " + text);
        }
    }

    @Test
    void aWithdrawalAfterAChangeCancelsTheLatestVersionOfTheEvent() throws Exception {
        WrittenExam.Candidate eva = exam.enrolledCandidate();
        Api board = TestAccounts.board(base);
        String candidatePath = "/api/v1/exam-sessions/" + exam.code() + "/candidates/" + eva.number();
        assertEquals(
                200,
                board.put(candidatePath + "/accommodation", "{\"extraTimePercentage\":25,\"reason\":\"Verklaring\"}")
                        .status());
        assertEquals(
                204,
                board.post(candidatePath + "/withdrawal", "{\"reason\":\"Afgemeld\"}")
                        .status());
        List<Map<String, Object>> mails = mailsTo(eva);
        assertEquals(3, mails.size(), mails.toString());
        String cancelled = unfolded((String) mails.get(2).get("calendar"));
        assertTrue(
                cancelled.contains("METHOD:CANCEL") && cancelled.contains("SEQUENCE:2"),
                "a calendar ignores a cancellation older than the update it holds: " + cancelled);
    }

    @Test
    void aStartWaitingOnAWithdrawalIsToldTheCandidateIsNoLongerEnrolled() throws Exception {
        WrittenExam.Candidate candidate = exam.enrolledCandidate();
        assertEquals(200, candidate.api(base).get("/api/v1/me/written-exams").status(), "logged in once");
        long enrolment = ((Number) TestDatabase.row(
                                "SELECT e.id FROM enrolment e JOIN candidate c ON c.id = e.candidate_id"
                                        + " WHERE c.candidate_number = ?",
                                candidate.number())
                        .get("id"))
                .longValue();
        // the board's withdrawal as the database sees it: the enrolment locked, then gone
        try (var db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            try (var lock = db.prepareStatement("SELECT id FROM enrolment WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, enrolment);
                lock.executeQuery().close();
            }
            var start = java.util.concurrent.CompletableFuture.supplyAsync(() -> exam.start(candidate));
            Thread.sleep(300); // the start found the enrolment and waits for its lock
            try (var delete = db.prepareStatement("DELETE FROM enrolment WHERE id = ?")) {
                delete.setLong(1, enrolment);
                assertEquals(1, delete.executeUpdate());
            }
            db.commit();
            WrittenExam.Started refused = start.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(403, refused.status(), "not enrolled, not a server error");
        }
        assertEquals(0L, count("SELECT COUNT(*) FROM attempt WHERE enrolment_id = ?", enrolment));
    }

    private List<String> proctorNumbers() throws Exception {
        return TestAccounts.board(base)
                .get("/api/v1/exam-sessions/" + exam.code() + "/proctor")
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(row -> row.getString("candidateNumber"))
                .toList();
    }

    private static List<Map<String, Object>> mailsTo(WrittenExam.Candidate candidate) throws Exception {
        return TestDatabase.rows(
                "SELECT subject, body, calendar, calendar_method FROM mail_outbox WHERE recipient = ? ORDER BY id",
                emailOf(candidate));
    }

    /** iCalendar folds lines at 75 octets; a property is read whole after unfolding. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }

    @Test
    void theProctorNotesIncidentsThatStayAsNotedInTheOrderNoted() throws Exception {
        WrittenExam.Candidate candidate = exam.enrolledCandidate();
        WrittenExam.Candidate elsewhere = WrittenExam.planNow(base).enrolledCandidate();
        Api board = TestAccounts.board(base);
        String path = "/api/v1/exam-sessions/" + exam.code() + "/incidents";

        Api.Response empty = board.post(path, "{\"note\":\"   \"}");
        assertEquals(422, empty.status(), empty.body());
        assertEquals("Beschrijf het voorval.", empty.json().getString("detail"));
        Api.Response tooLong = board.post(path, "{\"note\":\"" + "x".repeat(2001) + "\"}");
        assertEquals(422, tooLong.status(), tooLong.body());
        assertTrue(tooLong.json().getString("detail").contains("dit heeft er 2.001"), tooLong.body());
        Api.Response notEnrolled =
                board.post(path, "{\"candidateNumber\":\"" + elsewhere.number() + "\",\"note\":\"verliet de zaal\"}");
        assertEquals(404, notEnrolled.status(), "a candidate of another session: " + notEnrolled.body());
        assertEquals(
                404,
                board.post("/api/v1/exam-sessions/NO-SUCH/incidents", "{\"note\":\"x\"}")
                        .status());
        assertEquals(0, board.get(path).array().size(), "nothing refused was noted");

        assertEquals(
                201,
                board.post(path, "{\"note\":\"Brandalarm om 10:12, zaal 20 minuten leeg\"}")
                        .status());
        Api.Response noted = board.post(
                path,
                "{\"candidateNumber\":\"" + candidate.number() + "\",\"note\":\" Verliet de zaal 10:40–10:45 \"}");
        assertEquals(201, noted.status(), noted.body());
        List<JsonObject> report = noted.array().getValuesAs(JsonObject.class);
        assertEquals(2, report.size(), noted.body());
        assertEquals(
                "Brandalarm om 10:12, zaal 20 minuten leeg", report.get(0).getString("note"), "in the order noted");
        assertTrue(
                !report.get(0).containsKey("candidateNumber") || report.get(0).isNull("candidateNumber"),
                "the whole session: " + report.get(0));
        assertEquals(candidate.number(), report.get(1).getString("candidateNumber"));
        assertEquals(candidate.fullName(), report.get(1).getString("candidateName"));
        assertEquals("Verliet de zaal 10:40–10:45", report.get(1).getString("note"));
        assertEquals(TestAccounts.BOARD_USERNAME, report.get(1).getString("notedBy"));
        assertEquals(report, board.get(path).array().getValuesAs(JsonObject.class));

        JsonObject audit = board.get("/api/v1/audit?action=session.incident-noted&objectId=" + exam.code())
                .json();
        assertEquals(2, audit.getInt("total"), "each incident is in the audit log: " + audit);
        assertEquals(403, candidate.api(base).get(path).status(), "the board's report, not a candidate's");

        Api.Download pdf = board.download("/api/v1/exam-sessions/" + exam.code() + "/report.pdf", "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Proces-verbaal"), text);
            assertTrue(text.contains("(" + exam.code() + ")"), text);
            assertTrue(
                    text.indexOf("Brandalarm om 10:12, zaal 20 minuten leeg") < text.indexOf(candidate.number() + " · ")
                            && text.indexOf(candidate.number() + " · ") < text.indexOf("Verliet de zaal 10:40–10:45"),
                    "the report holds the incidents in the order noted: " + text);
            String boardName = board.get("/api/v1/accounts/" + TestAccounts.BOARD_USERNAME)
                    .json()
                    .getString("displayName");
            assertTrue(
                    text.substring(text.indexOf("Ondertekening"))
                            .contains(boardName + " (" + TestAccounts.BOARD_USERNAME + ")"),
                    "who noted the incidents and drew up the report signs by name: " + text);
        }
        assertEquals(
                403,
                candidate
                        .api(base)
                        .download("/api/v1/exam-sessions/" + exam.code() + "/report.pdf", "application/pdf")
                        .status());
    }

    @Test
    void aFormIsRebuiltExactlyFromItsSeedAndTheSessionsFrozenPool() throws Exception {
        WrittenExam.Started attempt = exam.start(exam.enrolledCandidate());
        long sessionId = ((Number) TestDatabase.row("SELECT id FROM exam_session WHERE code = ?", exam.code())
                        .get("id"))
                .longValue();
        long seed = ((Number) TestDatabase.row("SELECT seed FROM attempt WHERE id = ?", attempt.attemptId())
                        .get("seed"))
                .longValue();

        List<FormPool.Cell> cells = new ArrayList<>();
        for (Map<String, Object> cell : TestDatabase.rows(
                "SELECT position, theme_code, legal_domain, item_count FROM exam_session_cell"
                        + " WHERE session_id = ? ORDER BY position",
                sessionId)) {
            List<FormPool.PoolItem> items = new ArrayList<>();
            for (Map<String, Object> pooled : TestDatabase.rows(
                    "SELECT item_version_id FROM exam_session_pool WHERE session_id = ? AND cell_position = ?",
                    sessionId,
                    cell.get("position"))) {
                long version = ((Number) pooled.get("item_version_id")).longValue();
                List<String> labels = TestDatabase.rows(
                                "SELECT label FROM item_option WHERE item_version_id = ? ORDER BY label", version)
                        .stream()
                        .map(option -> (String) option.get("label"))
                        .toList();
                items.add(new FormPool.PoolItem(version, labels));
            }
            cells.add(new FormPool.Cell(
                    (String) cell.get("theme_code"),
                    (String) cell.get("legal_domain"),
                    ((Number) cell.get("item_count")).intValue(),
                    items));
        }
        List<FormDraw.FormItem> rebuilt = FormDraw.draw(new FormPool(cells), seed);

        List<FormDraw.FormItem> stored = TestDatabase.rows(
                        "SELECT position, item_version_id, option_order FROM attempt_item WHERE attempt_id = ?"
                                + " ORDER BY position",
                        attempt.attemptId())
                .stream()
                .map(row -> new FormDraw.FormItem(
                        ((Number) row.get("position")).intValue(),
                        ((Number) row.get("item_version_id")).longValue(),
                        List.of(((String) row.get("option_order")).split(","))))
                .toList();
        assertEquals(40, stored.size());
        assertEquals(rebuilt, stored);
    }

    @Test
    void noKeyOrRationaleReachesTheCandidateBeforePublication() throws Exception {
        WrittenExam.Candidate candidate = exam.enrolledCandidate();
        WrittenExam.Started attempt = exam.start(candidate);
        List<String> rationales = TestDatabase.rows(
                        "SELECT v.rationale FROM attempt_item i JOIN item_version v ON v.id = i.item_version_id"
                                + " WHERE i.attempt_id = ?",
                        attempt.attemptId())
                .stream()
                .map(row -> (String) row.get("rationale"))
                .toList();
        assertEquals(40, rationales.size());

        Api token = Api.withAttemptToken(base, attempt.token());
        List<String> responses = new ArrayList<>();
        responses.add(attempt.body());
        responses.add(token.get("/api/v1/attempts/" + attempt.attemptId()).body());
        responses.add(exam.save(attempt, 1, 1, "[]", true).body());
        responses.add(
                token.get("/api/v1/attempts/" + attempt.attemptId() + "/clock").body());
        responses.add(candidate.api(base).get("/api/v1/me/written-exams").body());

        FormSession page = FormSession.loggedIn(
                base, candidate.account().username(), candidate.account().password());
        HttpResponse<String> examPage = page.get("/candidate/exam.xhtml?session=" + exam.code());
        assertEquals(200, examPage.statusCode());
        assertTrue(examPage.body().contains("id=\"item-40\""), "the page renders the form");
        responses.add(examPage.body());
        responses.add(token.post("/api/v1/attempts/" + attempt.attemptId() + "/submission", "{}")
                .body());
        responses.add(candidate.api(base).get("/api/v1/me/written-exams").body());

        for (String response : responses) {
            assertFalse(response.contains("\"correct\""), "a key flag in: " + shorten(response));
            assertFalse(response.toLowerCase().contains("rationale"), "a rationale field in: " + shorten(response));
            assertFalse(response.contains("\"key\""), shorten(response));
            for (String rationale : rationales) {
                assertFalse(
                        response.contains(rationale.substring(0, Math.min(60, rationale.length()))),
                        "a rationale's text in: " + shorten(response));
            }
        }
        assertFalse(
                responses.get(responses.size() - 1).contains("\"grade\""),
                "no score before publication: " + responses.get(responses.size() - 1));
    }

    @Test
    void closingScoresEveryAttemptAndPublicationShowsTheResultPerTheme() throws Exception {
        WrittenExam.Candidate passing = exam.enrolledCandidate();
        WrittenExam.Candidate running = exam.enrolledCandidate();
        WrittenExam.Candidate absent = exam.enrolledCandidate();
        WrittenExam.Started first = exam.start(passing);
        Map<Integer, Set<String>> keys = keys(first.attemptId());
        int seq = 0;
        for (int position = 1; position <= 30; position++) {
            assertEquals(
                    200,
                    exam.save(first, position, ++seq, json(keys.get(position)), false)
                            .status());
        }
        Api.Response submitted = Api.withAttemptToken(base, first.token())
                .post("/api/v1/attempts/" + first.attemptId() + "/submission", "{}");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("SUBMITTED", status(first.attemptId()));
        JsonObject handIn = TestAccounts.board(base)
                .get("/api/v1/audit?action=attempt.submitted&objectId=" + first.attemptId())
                .json();
        assertEquals(1, handIn.getInt("total"), handIn.toString());
        assertEquals(
                "score=30/40",
                handIn.getJsonArray("entries").getJsonObject(0).getString("details"),
                "the trail keeps the score at the hand-in");
        assertEquals(
                passing.account().username(),
                handIn.getJsonArray("entries").getJsonObject(0).getString("actor"),
                "the trail names who handed in, as it names who started");
        assertEquals(409, exam.save(first, 31, ++seq, "[]", false).status(), "handed in: no more saves");
        WrittenExam.Started second = exam.start(running);

        assertEquals(409, exam.publish().status(), "publishing needs a closed session");
        String resultsPath = "/api/v1/exam-sessions/" + exam.code() + "/results.csv";
        assertEquals(
                409,
                TestAccounts.board(base).download(resultsPath, "text/csv").status(),
                "no results while the session runs");
        Api.Response closed = exam.close();
        assertEquals(200, closed.status(), closed.body());
        assertEquals(1, closed.json().getInt("attemptsEnded"));
        JsonObject endedByClose = TestAccounts.board(base)
                .get("/api/v1/audit?action=attempt.closed&objectId=" + second.attemptId())
                .json();
        assertEquals(1, endedByClose.getInt("total"), endedByClose.toString());
        JsonObject closedEntry = endedByClose.getJsonArray("entries").getJsonObject(0);
        assertEquals("score=0/40", closedEntry.getString("details"), "nothing answered when the session closed");
        assertEquals(TestAccounts.BOARD_USERNAME, closedEntry.getString("actor"), "ended by the board's close");

        Api.Download results = TestAccounts.board(base).download(resultsPath, "text/csv");
        assertEquals(200, results.status());
        String csv = new String(results.body(), StandardCharsets.UTF_8);
        assertTrue(
                csv.startsWith("\uFEFFkandidaatnummer,naam,stand,score,maximum,percentage,cijfer,geslaagd,"
                        + "Arbeid en gezondheid (punten),Arbeid en organisatie (punten),"
                        + "Wettelijk kader (punten),Professionaliseren (punten)"),
                csv);
        assertTrue(csv.contains(passing.number() + "," + passing.fullName() + ",Ingeleverd,30,40,75.00,6.8,ja,"), csv);
        assertTrue(csv.contains(running.number() + "," + running.fullName() + ",Door commissie gesloten,0,40,"), csv);
        assertTrue(csv.contains(absent.number() + "," + absent.fullName() + ",Niet gestart,,,,,,,,,"), csv);
        assertEquals(
                TestAccounts.board(base)
                        .get("/api/v1/exam-sessions/" + exam.code() + "/proctor")
                        .array()
                        .size(),
                csv.strip().split("\r?\n").length - 1,
                "a line for every enrolled candidate");
        assertEquals("CLOSED", status(second.attemptId()));
        assertEquals(409, exam.start(absent).status(), "a closed session cannot be started");

        JsonObject before =
                passing.api(base).get("/api/v1/me/written-exams").array().getJsonObject(0);
        assertFalse(before.containsKey("grade"), "nothing before publication: " + before);
        assertFalse(before.containsKey("cutScore"), "not even the cut score: " + before);

        // the mail server is down when the results go out: the mail waits and is sent once it is back
        assertEquals(204, exam.publish().status());
        String address = emailOf(passing);
        long until = System.currentTimeMillis() + 30_000;
        while (((Number) TestDatabase.row(
                                        "SELECT attempts FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Uitslag %'",
                                        address)
                                .get("attempts"))
                        .intValue()
                == 0) {
            assertTrue(System.currentTimeMillis() < until, "the outbox never tried the mail");
            Thread.sleep(250);
        }
        try (TestMailServer mail = TestMailServer.start()) {
            MimeMessage told = mail.first(address, "Uitslag ");
            assertTrue(told.getSubject().contains("gepubliceerd"), told.getSubject());
            String body = TestMailServer.text(told);
            assertTrue(body.contains(passing.fullName()), body);
            assertTrue(
                    body.contains("Vraag dan inzage aan tot "),
                    "the mail says until when the candidate may ask to see the exam: " + body);
            assertFalse(body.contains("6,8") || body.contains("6.8"), "no grade by mail: " + body);
            assertTrue(body.strip().endsWith("\nhttps://examens.example.org/candidate/index.xhtml"), body);
            mail.first(emailOf(running), "Uitslag ");
            JsonObject published = TestAccounts.board(base)
                    .get("/api/v1/audit?action=session.published&objectId=" + exam.code())
                    .json();
            assertEquals(
                    "mailed=2 inzage until="
                            + publishedAt(exam).plus(Duration.ofDays(42)).truncatedTo(ChronoUnit.SECONDS),
                    published.getJsonArray("entries").getJsonObject(0).getString("details"),
                    "the two with a result are told, the absent candidate has none, and the deadline the"
                            + " mail named is on record: " + published);
            assertEquals(
                    List.of(),
                    mail.to(emailOf(absent)).stream()
                            .filter(message -> subject(message).startsWith("Uitslag "))
                            .toList(),
                    "no result mail without a result");
        }
        JsonObject result =
                passing.api(base).get("/api/v1/me/written-exams").array().getJsonObject(0);
        assertEquals(30, result.getInt("rawScore"));
        assertEquals(40, result.getInt("maxScore"));
        assertTrue(result.getBoolean("passed"));
        assertEquals(26, result.getInt("cutScore"), "65 % of 40, rounded up");
        assertEquals(65, result.getJsonNumber("cutScorePercentage").intValue());
        assertEquals("6.8", result.getJsonNumber("grade").bigDecimalValue().toPlainString());
        int perTheme = result.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                .mapToInt(theme -> theme.getInt("maxScore"))
                .sum();
        assertEquals(40, perTheme);
        assertEquals(
                TestDatabase.rows("SELECT theme_code FROM attempt_theme_score WHERE attempt_id = ?", first.attemptId())
                        .size(),
                result.getJsonArray("themes").size());
        List<String> curriculumOrder = TestDatabase.rows(
                        "SELECT t.code FROM curriculum_theme t WHERE t.code IN"
                                + " (SELECT theme_code FROM attempt_theme_score WHERE attempt_id = ?) ORDER BY t.position",
                        first.attemptId())
                .stream()
                .map(row -> (String) row.get("code"))
                .toList();
        assertEquals(
                curriculumOrder,
                result.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                        .map(theme -> theme.getString("theme"))
                        .toList(),
                "the themes in the curriculum's order, as everywhere else the candidate sees them");

        JsonObject other =
                running.api(base).get("/api/v1/me/written-exams").array().getJsonObject(0);
        assertEquals(0, other.getInt("rawScore"));
        assertFalse(other.getBoolean("passed"));
        assertEquals(
                "1.0",
                other.getJsonNumber("grade").bigDecimalValue().setScale(1).toPlainString());
    }

    @Test
    void anEnrolmentListIsTakenWholeOrNotAtAll() throws Exception {
        WrittenExam.Candidate anna = exam.newCandidate();
        WrittenExam.Candidate bram = exam.newCandidate();
        WrittenExam.Candidate cas = exam.newCandidate();
        Api board = TestAccounts.board(base);
        String list = "/api/v1/exam-sessions/" + exam.code() + "/enrolments.csv";
        String bad = "candidate_number,extra_time_percentage,accommodation_reason\n"
                + anna.number() + ",25,\n"
                + CandidateNumber.forSequence(999_999).value() + ",,\n"
                + bram.number() + ",,\n";
        Api.Response rejected = board.send("POST", list, "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(422, rejected.status(), rejected.body());
        List<String> errors = rejected.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field") + ": " + error.getString("message"))
                .toList();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("line 2 accommodation_reason"), errors.toString());
        assertTrue(errors.get(1).startsWith("line 3 candidate_number"), errors.toString());
        assertEquals(0L, enrolled());

        String good = "candidate_number;extra_time_percentage;accommodation_reason\n"
                + anna.number() + ";40;dyslexieverklaring\n"
                + bram.number() + ";;\n"
                + cas.number() + ";;Dyslexieverklaring\n";
        Api.Response accepted = board.send("POST", list, "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(3, accepted.json().getInt("enrolled"));
        assertEquals(3L, enrolled());
        assertEquals(40, extraTimeOf(anna));
        assertEquals(0, extraTimeOf(bram));
        assertEquals(25, extraTimeOf(cas), "a reason without a percentage: the session's default");

        // the board uploads its list again with one more candidate: those already in are passed over
        WrittenExam.Candidate dora = exam.newCandidate();
        Api.Response again =
                board.send("POST", list, "text/csv", (good + dora.number() + ";;\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(200, again.status(), again.body());
        assertEquals(1, again.json().getInt("enrolled"));
        assertEquals(3, again.json().getInt("alreadyEnrolled"));
        assertEquals(4L, enrolled());
        assertEquals(1, mailsTo(anna).size(), "no second invitation for who was already enrolled");
        Api.Response other = board.send(
                "POST",
                list,
                "text/csv",
                ("candidate_number;extra_time_percentage;accommodation_reason\n" + anna.number()
                                + ";50;nieuwe verklaring\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(422, other.status(), other.body());
        JsonObject error = other.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("line 2 extra_time_percentage", error.getString("field"), error.toString());
        assertTrue(
                error.getString("message").contains("al ingeschreven met 40 % extra tijd, de lijst zegt 50 %"),
                error.toString());
        assertEquals(40, extraTimeOf(anna), "the list does not silently change an accommodation");

        WrittenExam.Started annas = exam.start(anna);
        assertTrue(
                annas.remainingSeconds() > 126 * 60 - 30 && annas.remainingSeconds() <= 126 * 60,
                "90 minutes + 40 % = 126 minutes: " + annas.remainingSeconds());
    }

    @Test
    void anAccommodationEnrolledWithoutAPercentageGetsTheSessionsDefault() throws Exception {
        WrittenExam.Candidate daan = exam.newCandidate();
        Api.Response enrolled = TestAccounts.board(base)
                .post(
                        "/api/v1/exam-sessions/" + exam.code() + "/enrolments",
                        "{\"candidateNumber\":\"" + daan.number() + "\",\"reason\":\"Dyslexieverklaring\"}");
        assertEquals(201, enrolled.status(), enrolled.body());
        assertEquals(25, extraTimeOf(daan), "the session was planned with the default of 25 %");
        assertTrue(
                ((String) mailsTo(daan).get(0).get("body")).contains("Duur: 112 minuten (inclusief 25 % extra tijd)."),
                "and the candidate is told so");
    }

    @Test
    void aSessionPlannedWithoutADefaultExtraTimeTakesItFromTheCertificationScheme() throws Exception {
        assertEquals(
                25,
                TestAccounts.board(base)
                        .get("/api/v1/exam-sessions/" + exam.code())
                        .json()
                        .getInt("defaultExtraPercentage"),
                "exam-content/schemes/rnvc-casemanager.yaml: extraTimePercentage 25");
        try (AutoCloseable restored = schemeWith(Map.of("extra_time_percentage", 33))) {
            WrittenExam planned = WrittenExam.planNow(base);
            assertEquals(
                    33,
                    TestAccounts.board(base)
                            .get("/api/v1/exam-sessions/" + planned.code())
                            .json()
                            .getInt("defaultExtraPercentage"),
                    "the scheme's number, not one in the code");
        }
    }

    @Test
    void theInzageTermsComeFromTheSchemeAndAPublishedSessionKeepsItsDeadline() throws Exception {
        WrittenExam.Candidate anna = exam.enrolledCandidate();
        WrittenExam.Candidate bram = exam.enrolledCandidate();
        answerRight(exam.start(anna), 20);
        answerRight(exam.start(bram), 20);
        assertEquals(200, exam.close().status());
        String mine = "/api/v1/me/written-exams/" + exam.code() + "/inzage";
        Api annaApi = anna.api(base);
        Api board = TestAccounts.board(base);
        String annasWindow = "/api/v1/exam-sessions/" + exam.code() + "/inzage/" + anna.number();
        Instant now = Instant.now();
        Instant deadline;
        try (AutoCloseable restored = schemeWith(Map.of("inzage_request_days", 10, "inzage_longest_window_days", 3))) {
            assertEquals(204, exam.publish().status());
            deadline = Instant.parse(annaApi.get(mine).json().getString("requestDeadline"));
            assertEquals(publishedAt(exam).plus(Duration.ofDays(10)), deadline, "the scheme's ten days, not six weeks");
            assertEquals(
                    deadline.toString(),
                    board.get("/api/v1/exam-sessions/" + exam.code()).json().getString("inzageRequestUntil"),
                    "the board's API says the same deadline");
            assertEquals(201, annaApi.post(mine, "{}").status());

            Api.Response tooLong = board.put(annasWindow, window(now, now.plus(Duration.ofDays(4))));
            assertEquals(422, tooLong.status(), tooLong.body());
            assertEquals("inzage.window.tooLong", tooLong.json().getString("code"));
            assertTrue(tooLong.json().getString("detail").contains("ten hoogste 3 dagen"), tooLong.body());
            Api.Response planned = board.put(annasWindow, window(now, now.plus(Duration.ofDays(3))));
            assertEquals(200, planned.status(), planned.body());
        }
        JsonObject bramsTerms = bram.api(base).get(mine).json();
        assertTrue(bramsTerms.getBoolean("requestable"), bramsTerms.toString());
        assertEquals(
                deadline,
                Instant.parse(bramsTerms.getString("requestDeadline")),
                "the deadline the result mail told stays when the scheme changes later");

        Instant passed = Instant.now().minus(Duration.ofMinutes(1));
        TestDatabase.update(
                "UPDATE exam_session SET inzage_request_until = ? WHERE code = ?", Timestamp.from(passed), exam.code());
        JsonObject late = bram.api(base).get(mine).json();
        assertTrue(late.getBoolean("attempted"), late.toString());
        assertFalse(late.getBoolean("requestable"), "after the deadline: " + late);
        Api.Response tooLate = bram.api(base).post(mine, "{}");
        assertEquals(409, tooLate.status(), tooLate.body());
        assertEquals("inzage.period.over", tooLate.json().getString("code"));
    }

    @Test
    void aCandidateWhoChoseEnglishGetsTheirMailsInEnglishAndTheOthersInDutch() throws Exception {
        WrittenExam.Candidate emma = exam.newCandidate();
        // as the language switch on any page stores it for a logged-in user (BrowserIT)
        TestDatabase.update(
                "UPDATE account SET preferred_language = 'en' WHERE username = ?",
                emma.account().username());
        exam.enrol(emma.number());
        WrittenExam.Candidate sanne = exam.enrolledCandidate();
        answerRight(exam.start(emma), 20);
        answerRight(exam.start(sanne), 20);
        assertEquals(200, exam.close().status());
        assertEquals(204, exam.publish().status());

        List<Map<String, Object>> emmas = mailsTo(emma);
        assertEquals(2, emmas.size(), emmas.toString());
        String enrolment = (String) emmas.get(0).get("body");
        assertTrue(((String) emmas.get(0).get("subject")).startsWith("Enrolment "), emmas.toString());
        assertTrue(enrolment.startsWith("Dear " + emma.fullName() + ","), enrolment);
        assertTrue(
                enrolment.matches("(?s).*Start: from [A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}.*"),
                enrolment);
        assertTrue(
                unfolded((String) emmas.get(0).get("calendar")).contains("SUMMARY:Written exam "),
                "the calendar item too");
        assertTrue(((String) emmas.get(1).get("subject")).startsWith("Result of "), emmas.toString());
        assertTrue(((String) emmas.get(1).get("body")).contains("Ask for an inspection until "), emmas.toString());

        List<Map<String, Object>> sannes = mailsTo(sanne);
        assertTrue(((String) sannes.get(0).get("subject")).startsWith("Inschrijving "), sannes.toString());
        assertTrue(((String) sannes.get(1).get("body")).contains("Vraag dan inzage aan tot "), sannes.toString());
    }

    /** The active scheme's numbers as an exam board could set them in exam-content/; restored on close. */
    private static AutoCloseable schemeWith(Map<String, Integer> numbers) throws SQLException {
        String columns = String.join(", ", numbers.keySet());
        Map<String, Object> before =
                TestDatabase.row("SELECT code, " + columns + " FROM certification_scheme WHERE active = TRUE");
        setScheme((String) before.get("code"), numbers);
        return () -> {
            Map<String, Integer> old = new HashMap<>();
            numbers.keySet().forEach(column -> old.put(column, ((Number) before.get(column)).intValue()));
            setScheme((String) before.get("code"), old);
        };
    }

    private static void setScheme(String code, Map<String, Integer> numbers) throws SQLException {
        for (Map.Entry<String, Integer> number : numbers.entrySet()) {
            TestDatabase.update(
                    "UPDATE certification_scheme SET " + number.getKey() + " = ? WHERE code = ?",
                    number.getValue(),
                    code);
        }
    }

    static Instant publishedAt(WrittenExam published) throws SQLException {
        Object stored = TestDatabase.row("SELECT published_at FROM exam_session WHERE code = ?", published.code())
                .get("published_at");
        return stored instanceof OffsetDateTime time ? time.toInstant() : ((Timestamp) stored).toInstant();
    }

    private static int extraTimeOf(WrittenExam.Candidate candidate) throws SQLException {
        return ((Number) TestDatabase.row(
                                "SELECT e.extra_time_percentage FROM enrolment e JOIN candidate c"
                                        + " ON c.id = e.candidate_id WHERE c.candidate_number = ?",
                                candidate.number())
                        .get("extra_time_percentage"))
                .intValue();
    }

    private long enrolled() throws SQLException {
        return count(
                "SELECT COUNT(*) FROM enrolment e JOIN exam_session s ON s.id = e.session_id WHERE s.code = ?",
                exam.code());
    }

    private String firstLabel(WrittenExam.Started attempt, int position) throws SQLException {
        return ((String) TestDatabase.row(
                                "SELECT option_order FROM attempt_item WHERE attempt_id = ? AND position = ?",
                                attempt.attemptId(),
                                position)
                        .get("option_order"))
                .split(",")[0];
    }

    private String otherLabel(WrittenExam.Started attempt, int position, String not) throws SQLException {
        for (String label : ((String) TestDatabase.row(
                                "SELECT option_order FROM attempt_item WHERE attempt_id = ? AND position = ?",
                                attempt.attemptId(),
                                position)
                        .get("option_order"))
                .split(",")) {
            if (!label.equals(not)) {
                return label;
            }
        }
        throw new AssertionError("one option only");
    }

    /** The key of every position of an attempt, read from the bank's stored options. */
    static Map<Integer, Set<String>> keys(long attemptId) throws SQLException {
        Map<Integer, Set<String>> keys = new TreeMap<>();
        for (Map<String, Object> row : TestDatabase.rows(
                "SELECT i.position, o.label FROM attempt_item i JOIN item_option o"
                        + " ON o.item_version_id = i.item_version_id WHERE i.attempt_id = ? AND o.correct = TRUE",
                attemptId)) {
            keys.computeIfAbsent(((Number) row.get("position")).intValue(), p -> new HashSet<>())
                    .add((String) row.get("label"));
        }
        return keys;
    }

    static String json(Set<String> labels) {
        return labels.stream()
                .sorted(Comparator.naturalOrder())
                .map(label -> "\"" + label + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String status(long attemptId) throws SQLException {
        return (String) TestDatabase.row("SELECT status FROM attempt WHERE id = ?", attemptId)
                .get("status");
    }

    private static void moveDeadline(long attemptId, Instant deadline) throws SQLException {
        try (var connection = TestDatabase.connect();
                var statement = connection.prepareStatement("UPDATE attempt SET deadline = ? WHERE id = ?")) {
            statement.setObject(1, deadline.atOffset(ZoneOffset.UTC));
            statement.setLong(2, attemptId);
            assertEquals(1, statement.executeUpdate());
        }
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = TestDatabase.connect();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        Object value = TestDatabase.row(sql, parameters).values().iterator().next();
        assertNotNull(value);
        return ((Number) value).longValue();
    }

    private static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private static String emailOf(WrittenExam.Candidate candidate) throws Exception {
        return (String) TestDatabase.row("SELECT email FROM candidate WHERE candidate_number = ?", candidate.number())
                .get("email");
    }
}
