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
