package nl.examenkamer.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.examenkamer.shared.ClockProducer;
import nl.examenkamer.testing.Api;
import nl.examenkamer.testing.Deployments;
import nl.examenkamer.testing.FormSession;
import nl.examenkamer.testing.SourceTree;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.TestAccounts.Credentials;
import nl.examenkamer.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation in the container: security boundaries per role, the REST problem documents,
 * log-in throttling, password storage, the audit log and the platform endpoints. Runs against the
 * real WAR on Payara Micro, on H2 or (with DB_URL) PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    private URI base;

    @BeforeEach
    void base() throws Exception {
        base = url.toURI();
        Deployments.requireHealthy(base);
    }

    @Test
    void healthAndOpenApiAreServedToAnyone() {
        Api.Response health = Api.anonymous(base).get("/health");
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().getString("status"));
        Api.Response openApi = Api.anonymous(base).get("/openapi");
        assertEquals(200, openApi.status());
        assertTrue(openApi.body().contains("Examenkamer API"), openApi.body());
        assertTrue(openApi.body().contains("/api/v1/accounts"));
        // served by a servlet filter, described by META-INF/openapi.yaml next to the scanned resources
        assertTrue(openApi.body().contains("/api/v1/attempts/{id}/answers/{position}"), openApi.body());
        assertTrue(openApi.body().contains("/api/v1/attempts/{id}/clock"));
    }

    @Test
    void anAnonymousApiCallGets401AsAProblemDocument() {
        Api.Response answer = Api.anonymous(base).get("/api/v1/me");
        assertEquals(401, answer.status());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertEquals("urn:examenkamer:problem:unauthorized", answer.json().getString("type"));
        assertEquals(401, answer.json().getInt("status"));
        assertTrue(answer.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogInPageAndBackAfterwards() {
        FormSession visitor = FormSession.anonymous(base);
        HttpResponse<String> page = visitor.get("/board/accounts.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        HttpResponse<String> login = visitor.submitLogin(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
        assertEquals(302, login.statusCode());
        assertTrue(
                login.headers().firstValue("Location").orElseThrow().endsWith("/board/accounts.xhtml"),
                "back to the page asked for: " + login.headers().map());
    }

    @Test
    void theLogInPageKeepsNoViewInTheSessionAndStillSaysWhatWentWrong() {
        FormSession visitor = FormSession.anonymous(base);
        HttpResponse<String> page = visitor.get("/login.xhtml");
        // a kept view would be read and written with the session on every later request of this person
        assertEquals("stateless", FormSession.viewState(page.body()), "the log-in page's view is not kept");

        Credentials user = TestAccounts.create(base, "EXAMINER");
        HttpResponse<String> wrong = visitor.submitLogin(user.username(), "not-the-password");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Gebruikersnaam of wachtwoord is onjuist."), "the page says why");
        HttpResponse<String> empty = visitor.submitLogin("", "");
        assertTrue(empty.body().contains("Vul uw gebruikersnaam in."), "and which field is missing");

        HttpResponse<String> login = visitor.submitLogin(user.username(), user.password());
        assertEquals(302, login.statusCode(), "a stateless log-in page still logs in");
        assertEquals(200, visitor.get("/examiner/index.xhtml").statusCode());
    }

    @Test
    void aCandidateGets403OnABoardEndpointAndOnABoardPage() {
        Credentials candidate = TestAccounts.create(base, "CANDIDATE");
        Api.Response endpoint = candidate.api(base).get("/api/v1/accounts");
        assertEquals(403, endpoint.status());
        assertEquals("urn:examenkamer:problem:forbidden", endpoint.json().getString("type"));

        FormSession session = FormSession.loggedIn(base, candidate.username(), candidate.password());
        HttpResponse<String> page = session.get("/board/accounts.xhtml");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("id=\"errorStatus\">403<"), page.body());
        assertEquals(200, session.get("/candidate/index.xhtml").statusCode());
    }

    @Test
    void aProviderSeesNothingOfAnotherProvider() {
        String ours = TestAccounts.createProvider(base);
        String theirs = TestAccounts.createProvider(base);
        Credentials us = TestAccounts.create(base, "PROVIDER", ours, "Onze Medewerker");
        TestAccounts.create(base, "PROVIDER", theirs, "Hun Medewerker");

        Api api = us.api(base);
        assertEquals(200, api.get("/api/v1/providers/" + ours).status());
        assertEquals(404, api.get("/api/v1/providers/" + theirs).status(), "another provider looks like no provider");
        assertEquals(404, api.get("/api/v1/providers/" + theirs + "/staff").status());
        assertEquals(403, api.get("/api/v1/providers").status(), "only the board lists all providers");
        List<String> staff =
                api.get("/api/v1/providers/" + ours + "/staff").array().getValuesAs(JsonObject.class).stream()
                        .map(member -> member.getString("username"))
                        .toList();
        assertEquals(List.of(us.username()), staff);

        String home = FormSession.loggedIn(base, us.username(), us.password())
                .get("/provider/index.xhtml")
                .body();
        assertTrue(home.contains("Onze Medewerker"), home);
        assertFalse(home.contains("Hun Medewerker"));
        assertFalse(home.contains(theirs));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() throws Exception {
        Credentials user = TestAccounts.create(base, "EXAMINER");
        Api wrong = Api.as(base, user.username(), "not-the-password");
        for (int attempt = 1; attempt <= 5; attempt++) {
            Api.Response answer = wrong.get("/api/v1/me");
            assertEquals(401, answer.status(), "attempt " + attempt);
        }
        Api.Response locked = user.api(base).inLanguage("en").get("/api/v1/me");
        assertEquals(401, locked.status(), "even the right password is refused while locked");
        assertTrue(locked.json().getString("detail").contains("locked"), locked.body());

        Map<String, Object> row = TestDatabase.row(
                "select failed_logins, case when locked_until > current_timestamp then 1 else 0 end as still_locked"
                        + " from account where username = ?",
                user.username());
        assertEquals(5, ((Number) row.get("failed_logins")).intValue(), "the database counted five failures");
        assertEquals(1, ((Number) row.get("still_locked")).intValue(), "and holds a lock that ends in the future");
        assertEquals(
                200,
                TestAccounts.board(base)
                        .get("/api/v1/audit?action=account.locked&objectId=" + user.username())
                        .status());
        assertEquals(
                1,
                TestAccounts.board(base)
                        .get("/api/v1/audit?action=account.locked&objectId=" + user.username())
                        .json()
                        .getInt("total"));

        FormSession browser = FormSession.anonymous(base);
        HttpResponse<String> page = browser.submitLogin(user.username(), user.password());
        assertEquals(200, page.statusCode(), "the log-in page is shown again");
        assertTrue(page.body().contains("geblokkeerd"), "with the reason, in Dutch: " + page.body());

        Api.Response reset = TestAccounts.board(base)
                .post(
                        "/api/v1/accounts/" + user.username() + "/password-reset",
                        "{\"reason\":\"locked out, identity checked by phone\"}");
        assertEquals(200, reset.status(), reset.body());
        String temporary = reset.json().getString("temporaryPassword");
        assertEquals(
                200, Api.as(base, user.username(), temporary).get("/api/v1/me").status(), "a reset lifts the lock");
    }

    @Test
    void aPasswordThatJustWorkedIsRefusedAtOnceWhenTheAccountIsDeactivatedOrItsPasswordReset() {
        // The server remembers a matching password for a few minutes (API clients send it with
        // every request); that must never outlive a deactivation or a reset.
        Credentials user = TestAccounts.create(base, "EXAMINER");
        Api api = user.api(base);
        assertEquals(200, api.get("/api/v1/me").status());
        assertEquals(200, api.get("/api/v1/me").status(), "the same password again");
        Api board = TestAccounts.board(base);
        String account = "/api/v1/accounts/" + user.username();
        String reason = "{\"reason\":\"checked with the candidate by phone\"}";

        assertEquals(200, board.post(account + "/deactivation", reason).status());
        assertEquals(401, api.get("/api/v1/me").status(), "deactivated: refused at once");
        assertEquals(200, board.post(account + "/activation", reason).status());
        assertEquals(200, api.get("/api/v1/me").status(), "active again");

        Api.Response reset = board.post(account + "/password-reset", reason);
        assertEquals(200, reset.status(), reset.body());
        assertEquals(401, api.get("/api/v1/me").status(), "after a reset the old password is refused at once");
        String temporary = reset.json().getString("temporaryPassword");
        assertEquals(
                200, Api.as(base, user.username(), temporary).get("/api/v1/me").status());
    }

    @Test
    void theStoredPasswordIsASlowSaltedHash() throws Exception {
        Credentials first = TestAccounts.create(base, "CANDIDATE");
        Credentials second = TestAccounts.create(base, "CANDIDATE");
        String hash =
                (String) TestDatabase.row("select password_hash from account where username = ?", first.username())
                        .get("password_hash");
        String otherHash =
                (String) TestDatabase.row("select password_hash from account where username = ?", second.username())
                        .get("password_hash");

        assertFalse(hash.contains(first.password()), "not the password itself");
        for (String fast : List.of("MD5", "SHA-1", "SHA-256", "SHA-512")) {
            String digest = HexFormat.of()
                    .formatHex(MessageDigest.getInstance(fast)
                            .digest(first.password().getBytes(StandardCharsets.UTF_8)));
            assertFalse(hash.toLowerCase().contains(digest), "not a plain " + fast);
        }
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0], hash);
        assertTrue(Integer.parseInt(parts[1]) >= 100_000, "at least 100,000 iterations: " + parts[1]);
        assertNotEquals(hash, otherHash, "the same password gets a different salt per account");
    }

    @Test
    void accountChangesAreAuditedWithWhoAndWhy() {
        Credentials user = TestAccounts.create(base, "CANDIDATE");
        Api board = TestAccounts.board(base);
        Api.Response noReason =
                board.put("/api/v1/accounts/" + user.username() + "/roles", "{\"roles\":[\"EXAMINER\"]}");
        assertEquals(400, noReason.status(), noReason.body());
        assertEquals(
                "reason",
                noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Response changed = board.put(
                "/api/v1/accounts/" + user.username() + "/roles",
                "{\"roles\":[\"EXAMINER\",\"CANDIDATE\"],\"reason\":\"also examines from now on\"}");
        assertEquals(200, changed.status(), changed.body());

        List<JsonObject> entries = board.get("/api/v1/audit?objectType=account&objectId=" + user.username())
                .json()
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class);
        JsonObject roleChange = entries.stream()
                .filter(e -> e.getString("action").equals("account.roles-changed"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no role change in " + entries));
        assertEquals(TestAccounts.BOARD_USERNAME, roleChange.getString("actor"));
        assertEquals("also examines from now on", roleChange.getString("reason"));
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("account.created")));
        assertTrue(entries.stream()
                .anyMatch(e -> e.getString("action").equals("account.password-changed")
                        && e.getString("actor").equals(user.username())));

        Api.Response reversed = board.get("/api/v1/audit?from=2026-12-02T00:00:00Z&until=2026-12-01T00:00:00Z");
        assertEquals(422, reversed.status(), "a swapped period is refused, not answered with no entries");
        assertTrue(
                reversed.json().getString("detail").contains("eindigt (2026-12-01T00:00:00Z) vóór zij begint"),
                reversed.body());
    }

    @Test
    void badInputGetsSpecificErrors() {
        Api board = TestAccounts.board(base);
        Api.Response invalid =
                board.post("/api/v1/accounts", "{\"username\":\"a b\",\"displayName\":\"\",\"roles\":[]}");
        assertEquals(400, invalid.status());
        List<String> fields = invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
        assertEquals(List.of("displayName", "roles", "username"), fields);

        Credentials existing = TestAccounts.create(base, "CANDIDATE");
        Api.Response duplicate = board.post(
                "/api/v1/accounts",
                "{\"username\":\"" + existing.username() + "\",\"displayName\":\"X\",\"roles\":[\"CANDIDATE\"]}");
        assertEquals(409, duplicate.status());
        assertTrue(duplicate.json().getString("detail").contains(existing.username()));

        Api.Response providerWithoutOrganisation = board.post(
                "/api/v1/accounts",
                "{\"username\":\"" + TestAccounts.unique("p") + "\",\"displayName\":\"X\",\"roles\":[\"PROVIDER\"]}");
        assertEquals(422, providerWithoutOrganisation.status(), providerWithoutOrganisation.body());

        Api.Response broken = board.post("/api/v1/accounts", "{not json");
        assertEquals(400, broken.status());
        assertEquals("malformed-json", broken.json().getString("code"));

        Api.Response unknown = board.get("/api/v1/accounts/" + TestAccounts.unique("nobody"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"));

        // a request that cannot be read as asked says which part and why, not only "400"
        Map<String, String> badRequests = Map.of(
                "/api/v1/audit?first=-1", "first moet 0 of meer zijn, niet -1.",
                "/api/v1/accounts?size=501", "size moet tussen 1 en 500 liggen, niet 501.",
                "/api/v1/audit?from=gisteren", "from 'gisteren' is geen ISO-8601-tijdstip");
        badRequests.forEach((path, detail) -> {
            Api.Response answer = board.get(path);
            assertEquals(400, answer.status(), path + ": " + answer.body());
            assertTrue(answer.json().getString("detail").startsWith(detail), path + ": " + answer.body());
        });
        Api.Response noArchive = board.send("POST", "/api/v1/content/imports", "application/zip", new byte[0]);
        assertEquals(400, noArchive.status(), noArchive.body());
        assertEquals(
                "De body van het verzoek moet een zip-archief van de map exam-content zijn.",
                noArchive.json().getString("detail"));
    }

    @Test
    void theSameAccountOrProviderCreatedSixTimesAtOnceIsCreatedOnceAndTheOthersAreToldWhy() throws Exception {
        Api board = TestAccounts.board(base);
        String code = TestAccounts.unique("GELIJK").toUpperCase();
        String username = TestAccounts.unique("gelijk");
        Map<String, String> creations = Map.of(
                "/api/v1/providers",
                "{\"code\":\"" + code + "\",\"name\":\"Tegelijk BV\"}",
                "/api/v1/accounts",
                "{\"username\":\"" + username + "\",\"displayName\":\"Gerrit Gelijk\",\"email\":\"" + username
                        + "@example.org\",\"roles\":[\"EXAMINER\"]}");
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            for (Map.Entry<String, String> creation : creations.entrySet()) {
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    answers.add(senders.submit(() -> board.post(creation.getKey(), creation.getValue())));
                }
                int created = 0;
                for (Future<Api.Response> answer : answers) {
                    Api.Response response = answer.get();
                    if (response.status() == 201) {
                        created++;
                    } else {
                        // refused by the service's own check, or by the unique key when they met
                        assertEquals(409, response.status(), creation.getKey() + ": " + response);
                        assertTrue(
                                response.json().getString("detail").contains("al in gebruik")
                                        || response.json().getString("code").equals("concurrent-change"),
                                response.toString());
                    }
                }
                assertEquals(1, created, creation.getKey());
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void demoAccountsExistOnlyInDemoMode() {
        for (String demo : List.of("bestuur", "examinator", "opleider", "kandidaat")) {
            assertEquals(
                    404,
                    TestAccounts.board(base).get("/api/v1/accounts/" + demo).status(),
                    demo);
        }
    }

    /**
     * Every page in a role's folder opens for that role, also without the parameter that names what
     * it shows (then it says so): a page no other test visits could otherwise fail on its first real
     * visitor.
     */
    private static final java.util.Set<String> PAGES_OF_ONE_SESSION = java.util.Set.of(
            "/board/session.xhtml", "/board/item-analysis.xhtml", "/candidate/exam.xhtml", "/candidate/inzage.xhtml");

    @Test
    void everyPageOfEachRoleOpensForThatRole() {
        String provider = TestAccounts.createProvider(base);
        Map<String, Credentials> roles = new TreeMap<>(Map.of(
                "board", TestAccounts.create(base, "BOARD"),
                "provider", TestAccounts.create(base, "PROVIDER", provider, "Opleider " + provider),
                "examiner", TestAccounts.create(base, "EXAMINER"),
                "candidate", TestAccounts.create(base, "CANDIDATE")));
        Path webapp = SourceTree.webapp();
        List<String> failed = new ArrayList<>();
        int opened = 0;
        for (Map.Entry<String, Credentials> role : roles.entrySet()) {
            FormSession session = FormSession.loggedIn(
                    base, role.getValue().username(), role.getValue().password());
            List<Path> pages = new ArrayList<>(SourceTree.files(webapp.resolve(role.getKey()), ".xhtml"));
            pages.add(webapp.resolve("account/password.xhtml"));
            for (Path page : pages) {
                String path = "/" + webapp.relativize(page).toString().replace('\\', '/');
                HttpResponse<String> answer = session.get(path);
                opened++;
                if (answer.statusCode() != 200 || answer.body().contains("id=\"errorStatus\"")) {
                    failed.add(role.getKey() + " " + path + ": " + answer.statusCode());
                } else if (PAGES_OF_ONE_SESSION.contains(path)) {
                    assertTrue(
                            answer.body().contains("Er is geen examenzitting gekozen"),
                            path + " says that no session was chosen");
                } else if (path.equals("/board/audit.xhtml")) {
                    String today = LocalDate.now(ClockProducer.ZONE).toString();
                    assertTrue(answer.body().contains(today + " "), "the audit log shows when, today: " + today);
                }
            }
        }
        assertEquals(List.of(), failed, "pages that did not open for their own role");
        assertTrue(opened >= 28, "every page was tried: " + opened);
    }
}
