package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.examenkamer.testing.Api;
import nl.examenkamer.testing.OwnDatabase;
import nl.examenkamer.testing.PayaraProcess;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.WrittenExam;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed (SIGKILL: no shutdown, nothing flushed) in the middle of an exam.
 * After a restart on the same database every answer the server had acknowledged is there, and the
 * candidate continues with the same deadline. Runs its own server on its own database.
 */
class KilledServerIT {

    @Test
    void everyAcknowledgedAnswerSurvivesAKilledServerWithTheRightTimeLeft() throws Exception {
        try (OwnDatabase database = OwnDatabase.create()) {
            Map<String, String> environment = new HashMap<>(database.environment());
            environment.put("EXAMENKAMER_BOOTSTRAP_BOARD_USERNAME", TestAccounts.BOARD_USERNAME);
            environment.put("EXAMENKAMER_BOOTSTRAP_BOARD_PASSWORD", TestAccounts.BOARD_PASSWORD);
            environment.put("EXAMENKAMER_DEMO", "false");

            WrittenExam exam;
            WrittenExam.Candidate candidate;
            WrittenExam.Started started;
            Map<Integer, String> acknowledged = new TreeMap<>();
            try (PayaraProcess first = PayaraProcess.start("killed-1", environment)) {
                exam = WrittenExam.planNow(first.base());
                candidate = exam.enrolledCandidate();
                started = exam.start(candidate);
                assertEquals(201, started.status());
                JsonObject form = Api.withAttemptToken(first.base(), started.token())
                        .get("/api/v1/attempts/" + started.attemptId())
                        .json();
                for (int position = 1; position <= 30; position++) {
                    String label = form.getJsonArray("items")
                            .getJsonObject(position - 1)
                            .getJsonArray("options")
                            .getJsonObject(position % 2)
                            .getString("label");
                    Api.Response saved = exam.save(started, position, position, "[\"" + label + "\"]", position == 7);
                    assertEquals(200, saved.status(), saved.body());
                    assertTrue(saved.json().getBoolean("applied"));
                    acknowledged.put(position, label);
                }
                first.kill();
            }

            try (PayaraProcess second = PayaraProcess.start("killed-2", environment)) {
                WrittenExam again = WrittenExam.reattach(second.base(), exam);
                WrittenExam.Started resumed = again.start(candidate);
                assertEquals(200, resumed.status(), "the attempt is opened again, not started anew");
                assertEquals(started.attemptId(), resumed.attemptId());
                assertEquals(started.deadline(), resumed.deadline(), "the same deadline after the restart");
                long expected =
                        Duration.between(Instant.now(), started.deadline()).toSeconds();
                assertTrue(
                        Math.abs(resumed.remainingSeconds() - expected) <= 5,
                        "time left " + resumed.remainingSeconds() + " s, expected about " + expected + " s");

                JsonObject form = Api.withAttemptToken(second.base(), resumed.token())
                        .get("/api/v1/attempts/" + resumed.attemptId())
                        .json();
                Map<Integer, String> survived = new TreeMap<>();
                for (JsonObject item : form.getJsonArray("items").getValuesAs(JsonObject.class)) {
                    if (!item.getJsonArray("answer").isEmpty()) {
                        survived.put(
                                item.getInt("position"),
                                item.getJsonArray("answer").getString(0));
                    }
                }
                assertEquals(acknowledged, survived, "every acknowledged answer is there");
                assertTrue(form.getJsonArray("items").getJsonObject(6).getBoolean("flagged"), "and the flag");
                assertEquals(30, form.getJsonArray("items").getJsonObject(29).getInt("seq"));

                Api.Response next = again.save(resumed, 31, 31, "[]", false);
                assertEquals(200, next.status(), "the exam goes on: " + next.body());
                second.stop();
            }
        }
    }
}
