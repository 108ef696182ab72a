package nl.examenkamer.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.examenkamer.testing.Api;
import nl.examenkamer.testing.Browser;
import nl.examenkamer.testing.Deployments;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.TestAccounts.Credentials;
import nl.examenkamer.testing.TrainingProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The curriculum as people use it in Chromium: a provider uploads a CSV file (first a wrong one),
 * fills in the table and withdraws a record; the candidate sees the hours per theme and the
 * admission status change; the board voids a record and issues an API key that is shown once.
 */
@ExtendWith(ArquillianExtension.class)
class CurriculumBrowserIT {

    private static final String HEADER = "row_id,candidate_number,module_code,date,contact_hours,study_load_hours\n";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    private URI base;
    private TrainingProvider provider;
    private Credentials staff;
    private String candidate;
    private String candidateName;
    private Credentials candidateAccount;

    @BeforeEach
    void aProviderWithAModulePerThemeAndACandidateWithAnAccount() throws Exception {
        base = url.toURI();
        Deployments.requireHealthy(base);
        provider = TrainingProvider.create(base);
        staff = TestAccounts.create(base, "PROVIDER", provider.code(), "Pien Opleider");
        provider.module("AG-1", "arbeid-en-gezondheid", "15", "25");
        provider.module("AO-1", "arbeid-en-organisatie", "15", "25");
        provider.module("WK-1", "wettelijk-kader", "15", "25");
        provider.module("PR-1", "professionaliseren", "15", "25");
        candidateName = TestAccounts.unique("Karin Kandidaat");
        candidate = provider.candidate(candidateName);
        candidateAccount = TestAccounts.create(base, "CANDIDATE");
        Api.Response linked = TestAccounts.board(base)
                .put(
                        "/api/v1/candidates/" + candidate + "/account",
                        "{\"username\":\"" + candidateAccount.username() + "\"}");
        assertEquals(200, linked.status(), linked.body());
    }

    @Test
    void aProviderUploadsACsvAndTheCandidateSeesTheHoursPerThemeAndTheStatusChange() throws Exception {
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn(candidateAccount.username(), candidateAccount.password());
            assertEquals(
                    "Nog niet toelaatbaar",
                    browser.waitFor(By.id("admissionStatus")).getText());
            assertTrue(
                    unmet(browser).contains("0 van 60 contacturen"),
                    unmet(browser).toString());
            assertTrue(browser.driver().findElements(By.id("admittedNext")).isEmpty(), "not admitted yet");
            assertEquals("0%", barLabel(browser, "contactBar"));
            assertEquals("0%", barLabel(browser, "studyLoadBar"));
            browser.logOut();

            browser.logIn(staff.username(), staff.password());
            browser.waitFor(By.id("providerHome"));
            browser.go("/provider/attendance.xhtml");
            upload(
                    browser,
                    HEADER + "U1," + candidate + ",AG-1,2026-03-12,15,25\n" + "U2," + candidate
                            + ",AO-1,2026-03-13,\"7,5\",25\n");
            browser.waitFor(By.id("problems"));
            List<String> problem = cells(browser, "problems_data");
            assertEquals(List.of("3", "Contacturen", "'7,5' gebruikt een decimale komma; schrijf 7.5"), problem);
            browser.screenshot("curriculum-upload-rejected");

            upload(
                    browser,
                    HEADER
                            + "U1," + candidate + ",AG-1,2026-03-12,15,25\n"
                            + "U2," + candidate + ",AO-1,2026-03-13,15,25\n"
                            + "U3," + candidate + ",WK-1,2026-03-14,15,25\n"
                            + "U4," + candidate + ",PR-1,2026-03-15,15,25\n");
            browser.waitForText(By.tagName("body"), "4 registratie(s) opgeslagen");
            assertEquals(
                    4,
                    browser.driver()
                            .findElements(By.cssSelector("[id='records:recordTable_data'] tr"))
                            .size());
            browser.screenshot("curriculum-upload-stored");
            browser.logOut();

            browser.logIn(candidateAccount.username(), candidateAccount.password());
            assertEquals(
                    "Toelaatbaar", browser.waitFor(By.id("admissionStatus")).getText());
            assertTrue(browser.driver()
                    .findElement(By.id("contactTotal"))
                    .getText()
                    .startsWith("60 van 60"));
            List<WebElement> themes = browser.driver().findElements(By.cssSelector("[id='themes_data'] tr"));
            assertEquals(4, themes.size());
            for (WebElement theme : themes) {
                assertTrue(
                        theme.getText().contains("15")
                                && theme.getText().contains("25")
                                && theme.getText().contains("Ja"),
                        theme.getText());
            }
            assertTrue(browser.driver().findElements(By.id("unmet")).isEmpty(), "nothing left unmet");
            assertTrue(
                    browser.driver()
                            .findElement(By.id("admittedNext"))
                            .getText()
                            .contains("schrijft u in voor een zitting"),
                    "an admitted candidate not yet enrolled is told what comes next");
            assertEquals("100%", barLabel(browser, "contactBar"));
            assertEquals("100%", barLabel(browser, "studyLoadBar"), "study-load hours have their bar too");
            List<WebElement> records = browser.driver().findElements(By.cssSelector("[id='records_data'] tr"));
            assertEquals(4, records.size());
            assertTrue(
                    records.get(0).getText().contains("Opleider " + provider.code()),
                    "the candidate reads the provider's name: " + records.get(0).getText());
            browser.screenshot("curriculum-candidate-admitted");
        }
    }

    @Test
    void aProviderFillsInTheTableAndWithdrawsARecordWithAReason() {
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn(staff.username(), staff.password());
            browser.waitFor(By.id("providerHome"));
            browser.go("/provider/attendance.xhtml");
            // a candidate just registered is not yet the provider's own: their number is typed
            browser.type("entry:rows:0:candidate_input", candidate);
            browser.select("entry:rows:0:module", "WK-1 – Module WK-1");
            // A date that cannot be read is named by its row and column, not only coloured red; the
            // empty rows below stay empty (PrimeFaces filled today's date into them), so the next save
            // stores the one row.
            browser.type("entry:rows:0:date_input", "1 april" + Keys.TAB);
            browser.click("entry:saveRows");
            browser.waitForText(By.cssSelector(".ui-growl-title"), "Rij 1, Datum: '1 april' is geen geldige datum.");
            // a search in the candidate field, as while typing, leaves the message standing
            browser.script("window.searched = false;"
                    + " jQuery(document).one('pfAjaxComplete', function () { window.searched = true; });");
            browser.type("entry:rows:1:candidate_input", "Karin");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(browser.script("return window.searched;")));
            browser.type("entry:rows:1:candidate_input", "");
            assertTrue(
                    browser.driver()
                            .findElement(By.cssSelector(".ui-growl-title"))
                            .getText()
                            .contains("'1 april' is geen geldige datum"),
                    "the message is still there after the search");
            assertEquals(
                    "1 april",
                    browser.driver()
                            .findElement(By.id("entry:rows:0:date_input"))
                            .getAttribute("value"),
                    "the date the message names is still in its field to correct");
            assertEquals(
                    "",
                    browser.driver()
                            .findElement(By.id("entry:rows:1:date_input"))
                            .getAttribute("value"),
                    "and not in the row below");
            // A date typed and left with Tab, as a keyboard user does; then the hours, with the
            // decimal comma a Dutch page is written in.
            browser.type("entry:rows:0:date_input", "2026-04-01" + Keys.TAB);
            browser.type("entry:rows:0:contact", "6,5");
            browser.type("entry:rows:0:studyLoad", "10");
            browser.screenshot("curriculum-table-filled");
            browser.click("entry:saveRows");
            browser.waitForText(By.tagName("body"), "1 registratie(s) opgeslagen");
            browser.waitForText(By.id("records:recordTable_data"), "6,5");
            assertEquals(
                    "6.5",
                    TestAccounts.board(base)
                            .get("/api/v1/candidates/" + candidate + "/admission")
                            .json()
                            .getString("contactHours"),
                    "six and a half hours stored, not 65 and not refused");
            Credentials board = TestAccounts.create(base, "BOARD");
            try (Browser boardBrowser = Browser.open(base.toString())) {
                boardBrowser.logIn(board.username(), board.password());
                boardBrowser.waitFor(By.id("boardHome"));
                boardBrowser.go("/board/candidate.xhtml?number=" + candidate);
                boardBrowser.waitForText(By.tagName("body"), "6,5 van 60 contacturen");
                assertTrue(
                        boardBrowser
                                .driver()
                                .findElement(By.tagName("body"))
                                .getText()
                                .contains("6,5 / 60"),
                        "the total and the rule's reason write the hours alike");
            }

            browser.click("records:recordTable:0:withdraw");
            browser.waitFor(By.id("withdrawal:reason"));
            browser.click("withdrawal:confirm");
            browser.waitForText(By.tagName("body"), "Geef een reden op");
            browser.type("withdrawal:reason", "verkeerde kandidaat geselecteerd");
            browser.click("withdrawal:confirm");
            browser.waitForText(By.id("records:recordTable_data"), "Ingetrokken");
            browser.screenshot("curriculum-withdrawn");
        }
        Api.Response admission = TestAccounts.board(base).get("/api/v1/candidates/" + candidate + "/admission");
        assertEquals("0", admission.json().getString("contactHours"), "a withdrawn record no longer counts");
    }

    @Test
    void aProviderFindsItsOwnCandidateByNameAndNeverAnotherProvidersOne() throws Exception {
        String colleague = provider.candidate(TestAccounts.unique("Bert Collega"));
        provider.uploadCsv(HEADER + "N1," + candidate + ",AG-1,2026-03-12,15,25\n" + "N2," + colleague
                + ",AG-1,2026-03-12,15,25\n");
        String token = candidateName.substring(candidateName.lastIndexOf('-') + 1);
        String elsewhere = TrainingProvider.create(base).candidate("Karin Elders-" + token);
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn(staff.username(), staff.password());
            browser.waitFor(By.id("providerHome"));
            browser.go("/provider/attendance.xhtml");
            browser.type("entry:rows:0:candidate_input", token);
            browser.waitFor(By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + candidate
                    + " · " + candidateName + "')]"));
            List<String> suggested = browser.driver().findElements(By.cssSelector("li.ui-autocomplete-item")).stream()
                    .filter(WebElement::isDisplayed)
                    .map(WebElement::getText)
                    .toList();
            assertEquals(
                    List.of(candidate + " · " + candidateName),
                    suggested,
                    "the provider's own candidate, not " + elsewhere + " of another provider");
            browser.driver()
                    .findElement(By.cssSelector("li.ui-autocomplete-item"))
                    .click();
            browser.select("entry:rows:0:module", "WK-1 – Module WK-1");
            browser.type("entry:rows:0:date_input", "2026-04-01" + Keys.TAB);
            browser.type("entry:rows:0:contact", "15");
            browser.type("entry:rows:0:studyLoad", "25");
            browser.click("entry:saveRows");
            browser.waitForText(By.tagName("body"), "1 registratie(s) opgeslagen");

            // the list of registrations is filtered the same way: by a part of the name
            browser.type("records:candidateFilter_input", token);
            browser.waitFor(By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + candidate
                            + " · " + candidateName + "')]"))
                    .click();
            browser.click("records:filter");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .withMessage("only the chosen candidate's two registrations")
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        List<String> rows =
                                d.findElements(By.cssSelector("[id='records:recordTable_data'] tr")).stream()
                                        .map(WebElement::getText)
                                        .toList();
                        return rows.size() == 2 && rows.stream().allMatch(row -> row.contains(candidate));
                    });
        }
        assertEquals(
                "30",
                TestAccounts.board(base)
                        .get("/api/v1/candidates/" + candidate + "/admission")
                        .json()
                        .getString("contactHours"),
                "the row was stored for the candidate chosen");
    }

    @Test
    void theEntryTablesCalendarButtonSitsBesideItsDateOnADesktopAndATablet() {
        for (Dimension screen : new Dimension[] {new Dimension(1280, 900), new Dimension(820, 1180)}) {
            try (Browser browser = Browser.open(base.toString(), screen)) {
                browser.logIn(staff.username(), staff.password());
                browser.waitFor(By.id("providerHome"));
                browser.go("/provider/attendance.xhtml");
                browser.waitFor(By.id("entry:rows:0:date_input"));
                browser.assertCalendarButtonBesideItsField("entry:rows:0:date", 72);
            }
        }
    }

    @Test
    void theBoardVoidsARecordAndIssuesAnApiKeyThatIsShownOnce() throws Exception {
        provider.uploadCsv(HEADER + "B1," + candidate + ",AG-1,2026-03-12,15,25\n");
        Credentials board = TestAccounts.create(base, "BOARD");
        String key;
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn(board.username(), board.password());
            browser.waitFor(By.id("boardHome"));
            browser.go("/board/candidates.xhtml");
            browser.type("candidates:text", candidate);
            browser.click("candidates:search");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> {
                        List<WebElement> rows = driver.findElements(By.cssSelector("[id='candidates:table_data'] tr"));
                        if (rows.size() != 1 || !rows.get(0).getText().contains("15 / 60")) {
                            return false;
                        }
                        rows.get(0).findElement(By.linkText(candidate)).click();
                        return true;
                    });
            browser.waitFor(By.id("file"));

            browser.click("records:table:0:void");
            browser.waitForText(By.id("selectedRecord"), "B1: AG-1 – ");
            browser.waitForText(By.id("selectedRecord"), ", 2026-03-12, 15 contacturen, 25 studiebelastingsuren.");
            browser.type("voiding:reason", "module niet erkend door de examencommissie");

            // meanwhile the provider corrects the record the board is about to void
            assertEquals(
                    200,
                    provider.api()
                            .put(
                                    "/api/v1/attendance/B1",
                                    "{\"moduleCode\":\"AG-1\",\"date\":\"2026-03-12\",\"contactHours\":\"12\","
                                            + "\"studyLoadHours\":\"25\",\"reason\":\"presentielijst nageteld\"}")
                            .status());
            browser.click("voiding:confirm");
            browser.waitForText(
                    By.cssSelector(".ui-growl"), "hij is niet vervallen verklaard. Nu: AG-1 op 2026-03-12, 12");
            browser.waitForText(By.id("selectedRecord"), ", 2026-03-12, 12 contacturen, 25 studiebelastingsuren.");
            browser.waitForText(By.id("file"), "12 / 60");
            browser.click("voiding:confirm");
            browser.waitForText(By.id("records:table_data"), "Vervallen verklaard");
            assertTrue(browser.driver().findElement(By.id("file")).getText().contains("0 / 60"));

            browser.go("/board/provider.xhtml?code=" + provider.code());
            browser.screenshot("curriculum-board-provider");
            browser.type("keys:label", "roostersysteem");
            browser.click("keys:issue");
            key = browser.waitFor(By.id("plainKey")).getText().trim();
            assertTrue(key.startsWith("ek_"), key);
            browser.click("issuedKey:done");
            browser.waitForText(By.id("keys:table_data"), "roostersysteem");
            String shown = key;
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .withMessage("the key is not shown again")
                    .until(driver -> !driver.getPageSource().contains(shown));
            browser.go("/board/provider.xhtml?code=" + provider.code());
            browser.waitForText(By.id("keys:table_data"), "roostersysteem");
            assertFalse(browser.driver().getPageSource().contains(key), "nor after opening the page again");
        }
        assertEquals(
                200, Api.anonymous(base).withBearer(key).get("/api/v1/modules").status(), "the key works");
    }

    @Test
    void aModuleSomeoneElseChangedWhileItWasOpenIsNotOverwrittenUnseen() {
        provider.module("AG-E", "arbeid-en-gezondheid", "4", "6");
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn(staff.username(), staff.password());
            browser.waitFor(By.id("providerHome"));
            browser.go("/provider/modules.xhtml");
            browser.waitFor(By.xpath("//tr[td[contains(., 'AG-E')]]//button[contains(@id, ':edit')]"))
                    .click();
            // the edit button's answer replaces the form: wait on the new one
            browser.waitForValue("editor:title", "Module AG-E");
            browser.type("editor:title", "Verzuimbegeleiding");
            browser.type("editor:contact", "5");

            // meanwhile a colleague's system revises the module
            String theirs = Json.createObjectBuilder()
                    .add("title", "Wet verbetering poortwachter")
                    .add("contactHours", "6")
                    .add("studyLoadHours", "9")
                    .build()
                    .toString();
            assertEquals(200, provider.api().put("/api/v1/modules/AG-E", theirs).status());

            browser.click("editor:save");
            browser.waitForText(
                    By.cssSelector(".ui-growl"),
                    "Iemand anders heeft module AG-E gewijzigd sinds u hem opende; uw wijziging is niet opgeslagen."
                            + " Nu opgeslagen: \u201eWet verbetering poortwachter\u201d, 6 contacturen,"
                            + " 9 studiebelastingsuren");
            assertEquals(
                    "Verzuimbegeleiding",
                    browser.driver().findElement(By.id("editor:title")).getAttribute("value"),
                    "what was typed stays to be saved again");
            assertEquals(
                    "5", browser.driver().findElement(By.id("editor:contact")).getAttribute("value"));
            browser.waitForText(By.id("modules:table"), "Wet verbetering poortwachter");
            assertEquals(
                    "Wet verbetering poortwachter",
                    provider.storedModule("AG-E").getString("title"),
                    "the colleague's change is kept");
            browser.screenshot("module-changed-meanwhile");

            // having seen it, the person saves theirs on purpose
            browser.click("editor:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "Module AG-E is gewijzigd.");
            assertEquals("Verzuimbegeleiding", provider.storedModule("AG-E").getString("title"));
        }
    }

    @Test
    void aRecordCorrectedElsewhereWhileItsCorrectionWasOpenIsNotReplacedUnseen() throws Exception {
        provider.uploadCsv(HEADER + "K1," + candidate + ",AG-1,2026-03-12,6,10\n");
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn(staff.username(), staff.password());
            browser.waitFor(By.id("providerHome"));
            browser.go("/provider/attendance.xhtml");
            browser.waitForText(By.id("records:recordTable_data"), "K1");
            browser.click("records:recordTable:0:correct");
            browser.waitForValue("correction:contact", "6");
            browser.type("correction:contact", "5");
            browser.type("correction:reason", "kandidaat vertrok een uur eerder");

            // meanwhile the provider's own administration corrects the same record
            String theirs = Json.createObjectBuilder()
                    .add("moduleCode", "AG-1")
                    .add("date", "2026-03-12")
                    .add("contactHours", "4.5")
                    .add("studyLoadHours", "10")
                    .add("reason", "presentielijst nageteld")
                    .build()
                    .toString();
            assertEquals(
                    200, provider.api().put("/api/v1/attendance/K1", theirs).status());

            browser.click("correction:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "Registratie K1 is gewijzigd door ");
            browser.waitForText(
                    By.cssSelector(".ui-growl"), "Nu: AG-1 op 2026-03-12, 4,5 contacturen, 10 studiebelastingsuren.");
            assertTrue(
                    browser.driver().findElement(By.id("correction:contact")).isDisplayed(), "the dialog stays open");
            assertEquals(
                    "5",
                    browser.driver().findElement(By.id("correction:contact")).getAttribute("value"));
            browser.waitForText(By.id("records:recordTable_data"), "4,5");
            assertEquals(
                    "4.5",
                    provider.storedRecord(candidate, "K1").getString("contactHours"),
                    "the other correction is kept");
            browser.screenshot("attendance-changed-meanwhile");

            browser.click("correction:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "Registratie K1 is gecorrigeerd.");
            assertEquals("5", provider.storedRecord(candidate, "K1").getString("contactHours"));
        }
    }

    private static void upload(Browser browser, String csv) throws Exception {
        Path file = Files.createTempFile(
                Path.of(System.getProperty("examenkamer.it.tmp", "target/it-tmp")), "contacturen-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.waitFor(By.id("csv:file")).sendKeys(file.toAbsolutePath().toString());
        browser.click("csv:uploadCsv");
        browser.waitFor(By.id("csv:file"));
    }

    private static List<String> cells(Browser browser, String tableBodyId) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableBodyId + "'] tr:first-child td")).stream()
                .map(cell -> cell.getText()
                        .replaceFirst("^(Regel|Kolom|Probleem)\\s*", "")
                        .trim())
                .toList();
    }

    private static List<String> unmet(Browser browser) {
        return browser.driver().findElements(By.cssSelector("li.ek-unmet")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static String barLabel(Browser browser, String id) {
        return browser.driver()
                .findElement(By.cssSelector("[id='" + id + "'] .ui-progressbar-label"))
                .getText();
    }
}
