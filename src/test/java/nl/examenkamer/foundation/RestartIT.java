package nl.examenkamer.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.examenkamer.testing.Api;
import nl.examenkamer.testing.OwnDatabase;
import nl.examenkamer.testing.PayaraProcess;
import nl.examenkamer.testing.SourceTree;
import nl.examenkamer.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The README's demo mode on an empty database, and what a restart keeps: the server is stopped
 * and started again on the same database, and accounts and audit rows are still there. Runs as the
 * README's run command does: on H2 with no database settings at all, in a directory of its own
 * whose {@code ./data} gets the database (a fresh PostgreSQL database by URL, user and password when
 * the build runs on PostgreSQL).
 */
class RestartIT {

    record DemoAccount(String username, String password, String role) {}

    @Test
    void demoAccountsFromTheReadmeLogInAndEverythingSurvivesARestart() throws Exception {
        List<DemoAccount> demo = demoAccountsInReadme();
        assertEquals(
                java.util.Set.of("BOARD", "EXAMINER", "PROVIDER", "CANDIDATE"),
                demo.stream().map(DemoAccount::role).collect(java.util.stream.Collectors.toSet()),
                "the README lists a demo account for every role");

        try (OwnDatabase database = OwnDatabase.packagedDefaults()) {
            Map<String, String> demoMode = Map.of("EXAMENKAMER_DEMO", "true");

            String username;
            String temporaryPassword;
            long auditRows;
            try (PayaraProcess first = database.start("restart-1", demoMode)) {
                URI base = first.base();
                assertTrue(
                        Api.anonymous(base).get("/login.xhtml").body().contains("login:username"),
                        "the log-in page is up");
                for (DemoAccount account : demo) {
                    Api.Response me =
                            Api.as(base, account.username(), account.password()).get("/api/v1/me");
                    assertEquals(200, me.status(), account.username() + ": " + me);
                    assertEquals(account.role(), me.json().getJsonArray("roles").getString(0), account.username());
                }
                Api board = Api.as(base, demo.get(0).username(), demo.get(0).password());
                theDemoHallHasTakenAnExamThatTheBoardCanAnalyseAndDecide(
                        board, Api.as(base, "kandidaat01", demo.get(0).password()));
                username = TestAccounts.unique("blijft");
                Api.Response created = board.post(
                        "/api/v1/accounts",
                        "{\"username\":\"" + username
                                + "\",\"displayName\":\"Blijft Bestaan\",\"roles\":[\"CANDIDATE\"]}");
                assertEquals(201, created.status(), created.body());
                temporaryPassword = created.json().getString("temporaryPassword");
                auditRows = board.get("/api/v1/audit?size=1000").json().getInt("total");
                assertTrue(auditRows >= 5, "demo accounts and the new one are audited: " + auditRows);
                first.stop();
            }
            database.workingDirectory()
                    .ifPresent(directory -> assertTrue(
                            Files.exists(directory.resolve("data").resolve("examenkamer.mv.db")),
                            "the embedded database is under ./data, as the README says"));

            try (PayaraProcess second = database.start("restart-2", demoMode)) {
                URI base = second.base();
                Api board = Api.as(base, demo.get(0).username(), demo.get(0).password());
                Api.Response account = board.get("/api/v1/accounts/" + username);
                assertEquals(200, account.status(), "the account is still there: " + account);
                assertEquals("Blijft Bestaan", account.json().getString("displayName"));
                assertEquals(
                        200,
                        Api.as(base, username, temporaryPassword)
                                .get("/api/v1/me")
                                .status(),
                        "and its password");
                JsonObject audit = board.get("/api/v1/audit?size=1000").json();
                assertEquals(
                        auditRows, audit.getInt("total"), "every audit row is still there, and demo mode added none");
                assertTrue(audit.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                        .anyMatch(e -> e.getString("action").equals("account.created")
                                && username.equals(e.getString("objectId"))));
                assertEquals(
                        1,
                        board.get("/api/v1/accounts?search=" + demo.get(0).username())
                                .json()
                                .getInt("total"),
                        "demo accounts are not created twice");
                second.stop();
            }
        }
    }

    /**
     * The README's tour for the board: a session taken by the demo hall, closed and not published,
     * with enough attempts for Cohen-Schotanus and a disputed item the item analysis points out.
     */
    private static void theDemoHallHasTakenAnExamThatTheBoardCanAnalyseAndDecide(Api board, Api hallCandidate) {
        String session = "/api/v1/exam-sessions/DEMO-AFGENOMEN";
        JsonObject view = board.get(session).json();
        assertEquals("CLOSED", view.getString("status"), view.toString());
        assertEquals(24, view.getInt("enrolled"));
        List<JsonObject> proctor = board.get(session + "/proctor").array().getValuesAs(JsonObject.class);
        assertEquals(
                Map.of("SUBMITTED", 22L, "CLOSED", 2L),
                proctor.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                row -> row.getString("status"), java.util.stream.Collectors.counting())),
                "22 handed in, the proctor's close ended the last two");

        JsonObject cutScore = board.get(session + "/cut-score").json();
        assertEquals(24, cutScore.getInt("attempts"), cutScore.toString());
        JsonObject cohenSchotanus = cutScore.getJsonArray("options").getJsonObject(1);
        assertEquals("COHEN_SCHOTANUS", cohenSchotanus.getString("method"));
        assertFalse(
                cohenSchotanus.containsKey("unavailable") && !cohenSchotanus.isNull("unavailable"),
                "the board can choose Cohen-Schotanus: " + cohenSchotanus);
        assertTrue(cohenSchotanus.containsKey("percentage"), cohenSchotanus.toString());

        JsonObject analysis = board.get(session + "/item-analysis").json();
        assertEquals(24, analysis.getInt("candidates"));
        assertTrue(analysis.getBoolean("neutralisable"), "not published yet, so the board can still neutralise");
        assertTrue(
                analysis.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(row -> row
                                .getJsonObject("stats")
                                .getJsonArray("flags")
                                .getValuesAs(jakarta.json.JsonString.class)
                                .stream()
                                .anyMatch(flag -> flag.getString().equals("DISTRACTOR_ATTRACTS_STRONG"))),
                "the disputed item is pointed out");

        JsonObject mine = hallCandidate.get("/api/v1/me/written-exams").array().getJsonObject(0);
        assertEquals("DEMO-AFGENOMEN", mine.getString("sessionCode"));
        assertFalse(mine.getBoolean("published"));
        assertFalse(mine.containsKey("rawScore") && !mine.isNull("rawScore"), "no score before publication");
    }

    /** The table between the demo-accounts markers of the README: user name, password, role. */
    static List<DemoAccount> demoAccountsInReadme() {
        String readme = SourceTree.read(SourceTree.root().resolve("README.md"));
        Matcher section = Pattern.compile("<!-- demo-accounts -->(.*?)<!-- /demo-accounts -->", Pattern.DOTALL)
                .matcher(readme);
        assertTrue(section.find(), "the README marks its demo account table");
        List<DemoAccount> accounts = new ArrayList<>();
        Matcher row = Pattern.compile(
                        "^\\|\\s*`([^`]+)`\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*([A-Z]+)\\s*\\|", Pattern.MULTILINE)
                .matcher(section.group(1));
        while (row.find()) {
            accounts.add(new DemoAccount(row.group(1), row.group(2), row.group(3)));
        }
        assertFalse(accounts.isEmpty());
        assertEquals("BOARD", accounts.get(0).role(), "the board account comes first in the table");
        return accounts;
    }

    /** A database only this test uses. */
}
