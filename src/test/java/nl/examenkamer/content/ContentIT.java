package nl.examenkamer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import nl.examenkamer.testing.Api;
import nl.examenkamer.testing.Browser;
import nl.examenkamer.testing.Deployments;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Importing exam-content in the running application: at start-up, idempotently, with new versions
 * for changed items, and not at all when anything is wrong. Reads the database directly to show
 * that a rejected import leaves every table as it was.
 *
 * <p>The tests change the shared content (uploads), so they run in a fixed order and each restores
 * the real content before it ends.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContentIT {

    private static final String ITEM = "items/loondoorbetaling/LD-01.yaml";
    private static final List<String> TABLES = List.of(
            "item",
            "item_version",
            "item_option",
            "item_version_source",
            "legal_source",
            "competence",
            "competence_indicator",
            "curriculum_theme",
            "learning_outcome",
            "blueprint",
            "blueprint_cell",
            "certification_scheme",
            "content_import",
            "audit_entry");

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    private URI base;
    private Api board;

    @BeforeEach
    void base() throws Exception {
        base = url.toURI();
        Deployments.requireHealthy(base);
        board = TestAccounts.board(base);
    }

    @Test
    @Order(1)
    void theContentIsImportedAtStartUp() {
        List<JsonObject> items = board.get("/api/v1/content/items").array().getValuesAs(JsonObject.class);
        assertTrue(items.size() >= 100, "items: " + items.size());
        assertTrue(items.stream()
                        .filter(i -> i.getString("status").equals("ACTIVE"))
                        .count()
                >= 80);
        JsonObject coverage = board.get("/api/v1/content/blueprints").array().getJsonObject(0);
        assertEquals(40, coverage.getInt("items"));
        assertEquals(3, board.get("/api/v1/content/blueprints").array().size(), "a blueprint per title");
        assertEquals(4, board.get("/api/v1/content/themes").array().size());
        assertEquals(
                14, board.get("/api/v1/content/frameworks/RCCM").array().size(), "ten core plus four RCCM competences");
    }

    @Test
    @Order(2)
    void importingTheSameContentTwiceChangesNothing() throws SQLException {
        Api.Response first = upload(ContentFixture.real().zip());
        assertEquals(200, first.status(), first.body());
        Map<String, Long> before = counts();
        Api.Response second = upload(ContentFixture.real().zip());
        assertEquals(200, second.status(), second.body());
        JsonObject report = second.json();
        for (String figure : List.of("itemsAdded", "versionsAdded", "itemsUpdated", "itemsRetired", "otherChanges")) {
            assertEquals(0, report.getInt(figure), figure + " in " + report);
        }
        assertEquals(before, counts(), "not a single row more");
    }

    @Test
    @Order(3)
    void anEditedItemGetsANewVersionAndTheOldOneStaysIntact() throws SQLException {
        JsonObject version1 = board.get("/api/v1/content/items/LD-01").json().getJsonObject("current");
        int before = board.get("/api/v1/content/items/LD-01")
                .json()
                .getJsonArray("versions")
                .size();
        ContentFixture edited =
                ContentFixture.real().replace(ITEM, "Fatima (34) werkt 24 uur", "Fatima (35) werkt 24 uur");
        try {
            Api.Response report = upload(edited.zip());
            assertEquals(200, report.status(), report.body());
            assertEquals(1, report.json().getInt("versionsAdded"));
            assertEquals(0, report.json().getInt("itemsAdded"));

            JsonObject item = board.get("/api/v1/content/items/LD-01").json();
            assertEquals(before + 1, item.getJsonArray("versions").size());
            JsonObject current = item.getJsonObject("current");
            assertTrue(current.getString("caseText").contains("Fatima (35)"));
            assertNotEquals(version1.getString("contentHash"), current.getString("contentHash"));

            JsonObject old = board.get("/api/v1/content/items/LD-01/versions/" + version1.getInt("versionNo"))
                    .json();
            assertEquals(version1, old, "the earlier version is exactly as it was");
            assertEquals(
                    1,
                    TestDatabase.rows(
                                    "select v.id from item_version v join item i on i.id = v.item_id"
                                            + " where i.code = 'LD-01' and v.version_no = ? and v.content_hash = ?",
                                    version1.getInt("versionNo"),
                                    version1.getString("contentHash"))
                            .size());
        } finally {
            upload(ContentFixture.real().zip());
        }
        JsonObject restored = board.get("/api/v1/content/items/LD-01").json();
        assertEquals(
                before + 2, restored.getJsonArray("versions").size(), "going back is a change too: a third version");
        assertEquals(
                version1.getString("caseText"),
                restored.getJsonObject("current").getString("caseText"));
    }

    @Test
    @Order(4)
    void brokenContentIsRejectedWithItsProblemsAndTheDatabaseIsUnchanged() throws SQLException {
        Map<String, Long> before = counts();
        List<ContentFixture> broken = List.of(
                ContentFixture.real().replace(ITEM, "key: B\n", ""),
                ContentFixture.real().replace(ITEM, "key: B\n", "key: E\n"),
                ContentFixture.real().replace(ITEM, "  - BW7-629\n", "  - BW7-999\n"),
                ContentFixture.real().replace(ITEM, "theme: wettelijk-kader", "theme: wettelijke-kaders"),
                ContentFixture.real()
                        .put("items/ontslag/LD-01.yaml", ContentFixture.real().text(ITEM)),
                ContentFixture.real().replace(ITEM, "label: \"", "label: \"unclosed\n  quote: \""),
                // a good change next to a broken file: the good part must not be stored either
                ContentFixture.real()
                        .replace(ITEM, "Fatima (34)", "Fatima (36)")
                        .replace("items/ontslag/OS-01.yaml", "key: B\n", "key: Q\n"));
        for (ContentFixture content : broken) {
            Api.Response answer = upload(content.zip());
            assertEquals(422, answer.status(), answer.body());
            JsonObject problem = answer.json();
            assertEquals("urn:examenkamer:problem:content-rejected", problem.getString("type"));
            assertEquals(1, problem.getJsonArray("errors").size(), problem.toString());
            String where = problem.getJsonArray("errors").getJsonObject(0).getString("field");
            assertTrue(where.matches("items/[a-z-]+/[A-Z]+-\\d+\\.yaml(:\\d+)? .+"), "file, line and field: " + where);
        }
        assertEquals(before, counts(), "every table exactly as before");
        assertTrue(board.get("/api/v1/content/items/LD-01")
                .json()
                .getJsonObject("current")
                .getString("caseText")
                .contains("Fatima (34)"));
    }

    @Test
    @Order(5)
    void onlyTheBoardSeesTheItemBank() {
        TestAccounts.Credentials candidate = TestAccounts.create(base, "CANDIDATE");
        TestAccounts.Credentials examiner = TestAccounts.create(base, "EXAMINER");
        assertEquals(403, candidate.api(base).get("/api/v1/content/items/LD-01").status());
        assertEquals(403, examiner.api(base).get("/api/v1/content/items").status());
        byte[] tinyArchive = emptyZip();
        assertEquals(
                403,
                candidate
                        .api(base)
                        .send("POST", "/api/v1/content/imports", "application/zip", tinyArchive)
                        .status());
        assertEquals(401, Api.anonymous(base).get("/api/v1/content/items").status());
    }

    @Test
    @Order(6)
    void anItemCitingASourceChangedAfterItsReviewNeedsReview() {
        List<JsonObject> flagged =
                board.get("/api/v1/content/items?needsReview=true").array().getValuesAs(JsonObject.class);
        assertTrue(
                flagged.stream().anyMatch(item -> item.getString("code").equals("WAZO-03")),
                "WAZO-03 was reviewed in 2014, its source took effect in 2015: " + flagged);
        assertEquals("2016-01-01", legalSource("BW7-629").getString("effectiveFrom"));
        ContentFixture newerLaw = ContentFixture.real()
                .replace("legislation/BW.yaml", "    effectiveFrom: 2016-01-01", "    effectiveFrom: 2026-11-21");
        try {
            assertEquals(200, upload(newerLaw.zip()).status());
            assertEquals(
                    "2026-11-21",
                    legalSource("BW7-629").getString("effectiveFrom"),
                    "the register of legal sources shows the date the new text took effect");
            List<String> nowFlagged =
                    board.get("/api/v1/content/items?needsReview=true").array().getValuesAs(JsonObject.class).stream()
                            .map(item -> item.getString("code"))
                            .toList();
            assertTrue(
                    nowFlagged.containsAll(List.of("LD-01", "LD-04", "UT-08")),
                    "items citing art. 7:629 BW: " + nowFlagged);
            assertTrue(!nowFlagged.contains("LD-09"), "a draft item is not flagged");
        } finally {
            upload(ContentFixture.real().zip());
        }
        assertTrue(!board.get("/api/v1/content/items/LD-01").json().getBoolean("needsReview"));
    }

    private JsonObject legalSource(String code) {
        return board.get("/api/v1/content/legal-sources").array().getValuesAs(JsonObject.class).stream()
                .filter(source -> source.getString("code").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no legal source " + code));
    }

    @Test
    @Order(7)
    void theBoardFiltersTheItemBankByThemeAndOpensAnItem() throws Exception {
        TestAccounts.Credentials member = TestAccounts.create(base, "BOARD");
        try (Browser browser = Browser.open(url.toString())) {
            browser.logIn(member.username(), member.password());
            browser.waitFor(By.id("boardHome"));
            browser.go("/board/items.xhtml");
            String all = browser.waitFor(By.id("bank:table:count")).getText();
            browser.select("bank:theme", "Professionaliseren");
            browser.click("bank:filter");
            browser.waitForText(By.id("bank:table:count"), "12 items");
            assertNotEquals(
                    all, browser.driver().findElement(By.id("bank:table:count")).getText());
            List<String> themes =
                    browser.driver().findElements(By.cssSelector("#bank\\:table_data tr td:nth-child(3)")).stream()
                            .map(cell -> cell.getText().replace("Thema", "").trim())
                            .distinct()
                            .toList();
            assertEquals(
                    List.of("Professionaliseren"),
                    themes,
                    "only items of the chosen theme are listed, under the theme's name rather than its code");

            browser.driver().findElement(By.linkText("AVG-02")).click();
            assertTrue(browser.waitFor(By.id("itemTitle")).getText().startsWith("AVG-02"));
            assertTrue(browser.driver().findElement(By.id("case")).getText().contains("hernia"));
            assertTrue(
                    browser.driver()
                            .findElement(By.cssSelector("#options li.ek-key"))
                            .getText()
                            .startsWith("A"),
                    "the key is marked for the board");
            assertTrue(
                    browser.driver().findElement(By.id("rationale")).getText().contains("art. 9 AVG"));
            assertTrue(browser.driver().findElement(By.id("sources")).getText().contains("art. 9 AVG"));
            browser.screenshot("board-item");
        }
    }

    @Test
    @Order(8)
    void theBoardUploadsBrokenContentOnThePageAndReadsWhereEachProblemIs() throws Exception {
        TestAccounts.Credentials member = TestAccounts.create(base, "BOARD");
        Path archive = Files.createTempFile("exam-content", ".zip");
        Files.write(
                archive,
                ContentFixture.real().replace(ITEM, "key: B\n", "key: E\n").zip());
        try (Browser browser = Browser.open(url.toString())) {
            browser.logIn(member.username(), member.password());
            browser.waitFor(By.id("boardHome"));
            browser.go("/board/content.xhtml");
            assertTrue(
                    browser.waitFor(By.id("configured"))
                            .getText()
                            .contains("Bron van de content: de exam-content die met de applicatie is meegeleverd"),
                    "where the content comes from, in Dutch");
            String history = browser.waitFor(By.id("history_data")).getText();
            assertTrue(
                    !history.contains("packed in the application") && !history.contains("uploaded"),
                    "every earlier import's source in Dutch: " + history);
            assertTrue(
                    browser.driver()
                            .findElements(By.cssSelector("[id='result'] .ek-card"))
                            .isEmpty(),
                    "no empty card before anything is imported");

            browser.driver().findElement(By.id("upload:archive")).sendKeys(archive.toString());
            browser.click("upload:importUpload");
            String problem =
                    browser.waitFor(By.cssSelector("[id='problems_data'] tr")).getText();
            assertTrue(
                    problem.contains(ITEM)
                            && problem.contains("key")
                            && problem.contains("'E' is niet een van de opties [A, B, C, D]"),
                    "file, field and why, in Dutch: " + problem);
            browser.click("configured:importNow");
            browser.waitForText(By.id("report"), "0 nieuwe items, 0 nieuwe versies, 0 items bijgewerkt");
        } finally {
            Files.delete(archive);
        }
    }

    private static byte[] emptyZip() {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("README.md"));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Api.Response upload(byte[] zip) {
        return board.send("POST", "/api/v1/content/imports", "application/zip", zip);
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    ((Number) TestDatabase.row("select count(*) as n from " + table)
                                    .get("n"))
                            .longValue());
        }
        counts.put("item_version_hashes", (long)
                TestDatabase.rows("select content_hash from item_version").hashCode());
        counts.put("item_status", (long)
                TestDatabase.rows("select code, status, needs_review, current_version from item order by code")
                        .hashCode());
        return counts;
    }
}
