package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.examenkamer.testing.Browser;
import nl.examenkamer.testing.Deployments;
import nl.examenkamer.testing.OralExamSetup;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.TestMailServer;
import nl.examenkamer.testing.WrittenExam;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Acceptance 4 of the oral exam, in Chromium at a tablet's size (820 x 1180): two examiners score
 * every competence of an RCCM candidate on their own forms (one closes the browser halfway and
 * loses nothing), agree, the chair finalises, both sign; the board releases; the candidate sees
 * the result per competence and downloads the PDF.
 */
@ExtendWith(ArquillianExtension.class)
class OralBrowserIT {

    /** PrimeFaces places the growl's messages in a container at the end of the page body. */
    private static final By GROWL = By.cssSelector(".ui-growl");

    private static final Dimension TABLET = new Dimension(820, 1180);
    private static final LocalDate DAY = LocalDate.of(2027, 4, 13);
    private static TestMailServer mail;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    @BeforeAll
    static void mailServer() {
        mail = TestMailServer.start();
    }

    @AfterAll
    static void stopMailServer() {
        mail.close();
    }

    @Test
    void twoExaminersScoreAgreeFinaliseAndSignAndTheCandidateDownloadsTheResult() throws Exception {
        URI base = url.toURI();
        Deployments.requireHealthy(base);
        String site = base.toString().replaceFirst("/$", "");
        OralExamSetup oral = new OralExamSetup(base);
        long room = oral.day(DAY, "Zaal A").get(0);
        WrittenExam.Candidate candidate = WrittenExam.planNow(base).newCandidate();
        oral.markEligible(candidate.number(), "RCCM");
        OralExamSetup.Examiner chair =
                oral.examiner(TestAccounts.unique("Anna Voorzitter"), List.of("RCCM"), List.of(), DAY);
        OralExamSetup.Examiner second =
                oral.examiner(TestAccounts.unique("Bram Tweede"), List.of("RCCM"), List.of(), DAY);
        long examId = oral.planned(candidate.number(), "RCCM", room, DAY + "T09:00", chair, second);
        List<String> competences = OralExamSetup.competences(chair.api(base), examId);
        assertEquals(14, competences.size(), "ten core competencies and the four of RCCM");

        // The chair rates half the form, closes the browser, and finds every rating again.
        int half = competences.size() / 2;
        try (Browser tablet = Browser.open(site, TABLET)) {
            openForm(tablet, chair, examId);
            for (String competence : competences.subList(0, half)) {
                rate(tablet, competence, "4 Vakvolwassen");
            }
            typeInto(tablet, "#competence-" + competences.get(0) + " textarea.ek-notes", "Sterke analyse van de casus");
            settleAfterTyping(tablet);
            tablet.screenshot("oral-chair-form");
        }
        JsonObject draft = chair.api(base)
                .get("/api/v1/oral-exams/" + examId + "/sheets/mine")
                .json();
        assertEquals(
                half,
                draft.getJsonArray("ratings").getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.containsKey("level") && !r.isNull("level"))
                        .count(),
                "every rating given before the browser closed is stored");
        try (Browser tablet = Browser.open(site, TABLET)) {
            openForm(tablet, chair, examId);
            assertTrue(
                    selected(tablet, competences.get(0)).contains("Vakvolwassen"),
                    "the new browser shows the saved rating");
            assertEquals(
                    "Sterke analyse van de casus",
                    tablet.driver()
                            .findElement(By.cssSelector("#competence-" + competences.get(0) + " textarea.ek-notes"))
                            .getAttribute("value"));
            for (String competence : competences.subList(half, competences.size())) {
                rate(tablet, competence, "4 Vakvolwassen");
            }
            submit(tablet);
            tablet.waitFor(By.id("waitingText"));
        }

        // The second examiner: two levels lower on Analyseren (with the reason Basis needs).
        try (Browser tablet = Browser.open(site, TABLET)) {
            openForm(tablet, second, examId);
            for (String competence : competences) {
                rate(tablet, competence, competence.equals("analyseren") ? "2 Basis" : "3 Vakbekwaam");
            }
            // Handed in without the reason Basis needs: refused with why, and every rating still there.
            submit(tablet);
            tablet.waitForText(GROWL, "vraagt een geschreven toelichting");
            assertTrue(selected(tablet, "analyseren").contains("Basis"), selected(tablet, "analyseren"));
            String another = competences.stream()
                    .filter(competence -> !competence.equals("analyseren"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(selected(tablet, another).contains("Vakbekwaam"), "the form is redrawn as it was");
            assertTrue(tablet.driver().findElements(By.id("oral:agreement")).isEmpty(), "not handed in");
            typeInto(tablet, "#competence-analyseren textarea.ek-reason", "Hoofd- en bijzaken niet gescheiden");
            settleAfterTyping(tablet);
            submit(tablet);
            tablet.waitFor(By.id("oral:agreement"));
            assertEquals(
                    competences.size(),
                    tablet.driver()
                            .findElements(By.cssSelector("#oral\\:rows tbody tr"))
                            .size());
            List<WebElement> large = tablet.driver().findElements(By.cssSelector("#oral\\:rows tr.ek-gap-large"));
            assertEquals(1, large.size(), "the two-level difference is highlighted");
            assertTrue(
                    large.get(0).getText().contains("Analyseren"), large.get(0).getText());
            tablet.screenshot("oral-side-by-side");
        }

        // The chair agrees per competence, explains the large gap, finalises and signs.
        try (Browser tablet = Browser.open(site, TABLET)) {
            openForm(tablet, chair, examId);
            tablet.waitFor(By.id("oral:agreement"));
            for (int row = 0; row < competences.size(); row++) {
                clickJs(
                        tablet,
                        tablet.driver()
                                .findElement(By.xpath("//*[@id='oral:rows:" + row
                                        + ":agreeCell']//div[@role='radiogroup']//label[normalize-space(.)='3']")));
                settle(tablet);
            }
            int analyseren = competences.indexOf("analyseren");
            typeInto(
                    tablet,
                    "#oral\\:rows\\:" + analyseren + "\\:agreeCell textarea.ek-agree-reason",
                    "Na overleg: de analyse was volledig genoeg voor Vakbekwaam");
            typeInto(
                    tablet,
                    "#oral\\:rows\\:" + analyseren + "\\:agreeCell textarea.ek-agree-feedback",
                    "Scheid hoofd- en bijzaken eerder in het gesprek");
            settleAfterTyping(tablet);
            tablet.screenshot("oral-agreement");
            clickJs(tablet, tablet.driver().findElement(By.id("oral:finalise")));
            clickJs(tablet, tablet.waitFor(By.id("oral:confirmYes")));
            tablet.waitForText(By.id("oral:result"), "Geslaagd");
            assertTrue(
                    tablet.driver()
                            .findElements(By.cssSelector("#oral textarea.ek-agree-reason"))
                            .isEmpty(),
                    "a finalised form has no fields left to change");
            clickJs(tablet, tablet.waitFor(By.id("oral:sign")));
            tablet.waitForText(By.id("signatures"), "Ondertekend door de voorzitter: ");
        }
        try (Browser tablet = Browser.open(site, TABLET)) {
            openForm(tablet, second, examId);
            clickJs(tablet, tablet.waitFor(By.id("oral:sign")));
            new WebDriverWait(tablet.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.id("oral:sign")).isEmpty());
            assertTrue(
                    !tablet.driver().findElement(By.id("signatures")).getText().contains("nog niet"),
                    tablet.driver().findElement(By.id("signatures")).getText());
            tablet.screenshot("oral-signed");
        }

        // The board corrects one rating (a new version with its reason) and releases the result.
        try (Browser browser = Browser.open(site)) {
            browser.logIn(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
            // held and judged: the planning page no longer offers to move it or change its examiners
            browser.go("/board/oral.xhtml");
            retype(browser, "oralPlanning:from_input", DAY.toString());
            retype(browser, "oralPlanning:until_input", DAY.toString());
            browser.click("oralPlanning:show");
            WebElement row = browser.waitFor(
                    By.xpath("//*[@id='oralPlanning:exams_data']/tr[contains(., '" + candidate.number() + "')]"));
            assertTrue(
                    row.findElements(By.xpath(".//button[contains(@id, ':edit')]"))
                            .isEmpty(),
                    row.getText());
            assertTrue(row.getText().contains("Annuleren"), "it can still be cancelled: " + row.getText());
            browser.go("/board/index.xhtml");
            // the signed exam waits on the board's home page, though its planned day is still ahead
            WebElement waiting =
                    browser.waitFor(By.xpath("//div[@id='oralTasks']//li[contains(., '" + candidate.number() + "')]"));
            assertTrue(waiting.getText().contains("Ondertekend, klaar voor vrijgave"), waiting.getText());
            waiting.findElement(By.tagName("a")).click();
            browser.waitForText(By.id("stage"), "Ondertekend");
            browser.select("oralExam:competence", "integer");
            browser.type("oralExam:level_input", "4");
            browser.type("oralExam:ratingReason", "Dilemma sterk uitgewerkt");
            browser.type("oralExam:correctionReason", "Bezwaar kandidaat gegrond: integriteit onderschat");
            browser.click("oralExam:correct");
            browser.waitFor(By.id("version-2"));
            assertTrue(browser.driver().findElement(By.id("version-1")).isDisplayed(), "version 1 is kept");
            browser.click("oralExam:release");
            browser.waitForText(By.id("stage"), "Vrijgegeven");
            browser.screenshot("oral-board-versions");
            browser.go("/board/index.xhtml");
            browser.waitFor(By.id("boardTasks"));
            assertTrue(
                    browser.driver()
                            .findElements(
                                    By.xpath("//div[@id='oralTasks']//li[contains(., '" + candidate.number() + "')]"))
                            .isEmpty(),
                    "a released exam waits for nothing");
            // the candidate's file has the exam too, with its step and a way to it
            browser.go("/board/candidate.xhtml?number=" + candidate.number());
            String oralRow =
                    browser.waitFor(By.cssSelector("[id='oral_data'] tr")).getText();
            assertTrue(
                    oralRow.contains(DAY.toString()) && oralRow.contains("RCCM") && oralRow.contains("Vrijgegeven"),
                    oralRow);
        }

        // The candidate sees the result per competence and downloads the PDF.
        try (Browser tablet = Browser.open(site, TABLET)) {
            tablet.logIn(candidate.account().username(), candidate.account().password());
            WebElement result = tablet.waitFor(By.id("oralResult-" + examId));
            assertTrue(result.getText().contains("Geslaagd"), result.getText());
            assertTrue(result.getText().contains("Analyseren"), result.getText());
            assertTrue(result.getText().contains("Scheid hoofd- en bijzaken eerder"), "feedback per competence");
            assertTrue(result.getText().contains("Integer 4 Vakvolwassen"), "the corrected version is the result");
            assertEquals(
                    competences.size(),
                    result.findElements(By.cssSelector("tbody tr")).size());
            tablet.screenshot("oral-candidate-result");
            String href = tablet.driver().findElement(By.id("pdf-" + examId)).getAttribute("href");
            @SuppressWarnings("unchecked")
            Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) tablet.driver())
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()"
                                    + ".then(b => { let s = ''; const a = new Uint8Array(b);"
                                    + " for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                                    + " done({status: r.status, type: r.headers.get('content-type'), body: btoa(s)}); }));",
                            href);
            assertEquals(200L, ((Number) download.get("status")).longValue());
            assertTrue(String.valueOf(download.get("type")).startsWith("application/pdf"));
            byte[] pdf = Base64.getDecoder().decode((String) download.get("body"));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains(candidate.fullName()), text);
                assertTrue(text.contains("Geslaagd"), text);
                assertTrue(text.contains("Analyseren") && text.contains("3 Vakbekwaam"), text);
            }
        }
    }

    @Test
    void anExaminerDeclaresAvailabilityAndTheBoardPlansOnThePlanningPageSeeingEveryRuleItBreaks() throws Exception {
        URI base = url.toURI();
        Deployments.requireHealthy(base);
        String site = base.toString().replaceFirst("/$", "");
        OralExamSetup oral = new OralExamSetup(base);
        LocalDate day = DAY.plusDays(1);
        WrittenExam.Candidate candidate = WrittenExam.planNow(base).newCandidate();
        // Carla declares her own availability and a conflict of interest on her home page.
        OralExamSetup.Examiner chair =
                oral.examiner(TestAccounts.unique("Carla Voorzitter"), List.of("RCCM"), List.of());
        WrittenExam.Candidate colleague = WrittenExam.planNow(base).newCandidate();
        oral.day(day, "Zaal 9"); // the board opens the day, then asks its examiners
        try (Browser tablet = Browser.open(site, TABLET)) {
            tablet.logIn(chair.account().username(), chair.account().password());
            // Her home page says the board waits for her; once she answers, for one day fewer.
            int waitingFor = unansweredDays(tablet);
            assertTrue(waitingFor >= 1, "the day the board opened is waiting for her answer");
            // The board's day is on her list, not yet answered; choosing it puts it in the form.
            assertTrue(
                    examDayRow(tablet, day).getText().contains("Nog niet opgegeven"),
                    examDayRow(tablet, day).getText());
            examDayRow(tablet, day)
                    .findElement(By.xpath(".//button[contains(@id, ':choose')]"))
                    .click();
            tablet.waitForValue("declarations:day_input", day.toString());
            assertEquals(List.of("MORNING", "AFTERNOON"), tickedParts(tablet), "a day not answered yet: a working day");
            // A last day before the first is refused with both dates, and not held against the next answer.
            retype(tablet, "declarations:until_input", day.minusDays(1).toString());
            tablet.click("declarations:declareDay");
            tablet.waitForText(GROWL, "De einddatum " + day.minusDays(1) + " ligt v\u00f3\u00f3r de begindatum " + day);
            // She first says she cannot come: an answer, so the board waits for one day fewer.
            examDayRow(tablet, day)
                    .findElement(By.xpath(".//button[contains(@id, ':decline')]"))
                    .click();
            new WebDriverWait(tablet.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "the day answered with no, not "
                            + examDayRow(tablet, day).getText())
                    .until(d -> examDayRow(tablet, day).getText().contains("Niet beschikbaar"));
            assertEquals(waitingFor - 1, unansweredDays(tablet), "one day fewer to answer, without reloading");
            // Then she finds she can after all: changing "no" starts from no part, not from a working day.
            examDayRow(tablet, day)
                    .findElement(By.xpath(".//button[contains(@id, ':choose')]"))
                    .click();
            tablet.waitForValue("declarations:day_input", day.toString());
            tablet.waitForValue("declarations:until_input", "");
            new WebDriverWait(tablet.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "nothing ticked for a day she said no to, not " + tickedParts(tablet))
                    .until(d -> tickedParts(tablet).isEmpty());
            switchParts(tablet, 0, 2);
            tablet.click("declarations:declareDay");
            tablet.waitForText(By.id("declaredDays"), day + ": ochtend (08:00–12:00), avond (17:00–22:00)");
            assertEquals(waitingFor - 1, unansweredDays(tablet), "still answered");
            assertTrue(
                    examDayRow(tablet, day).getText().contains("ochtend (08:00–12:00), avond (17:00–22:00)"),
                    examDayRow(tablet, day).getText());
            // Back another time, she changes her answer starting from what she gave.
            tablet.go("/examiner/index.xhtml");
            WebElement change = examDayRow(tablet, day).findElement(By.xpath(".//button[contains(@id, ':choose')]"));
            assertEquals("Wijzigen", change.getText(), "an answered day is changed, not given");
            change.click();
            tablet.waitForValue("declarations:day_input", day.toString());
            new WebDriverWait(tablet.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "the parts she gave for " + day + " ticked, not " + tickedParts(tablet))
                    .until(d -> tickedParts(tablet).equals(List.of("MORNING", "EVENING")));
            // A date typed, not picked, says what was given for it and leaves the ticks alone: a save
            // may follow at once, and must store what the examiner sees ticked.
            retype(tablet, "declarations:day_input", day.minusDays(1).toString());
            tablet.driver().findElement(By.id("declarations:until_input")).click();
            waitForGiven(tablet, "");
            retype(tablet, "declarations:day_input", day.toString());
            tablet.driver().findElement(By.id("declarations:until_input")).click();
            waitForGiven(tablet, "Eerder opgegeven voor deze datum: ochtend (08:00–12:00), avond (17:00–22:00).");
            // A week's holiday is one answer: a first and a last day, nothing ticked.
            retype(tablet, "declarations:day_input", "2032-08-03");
            retype(tablet, "declarations:until_input", "2032-08-09");
            waitForGiven(tablet, "");
            assertEquals(List.of("MORNING", "EVENING"), tickedParts(tablet), "the ticks as they were");
            switchParts(tablet, 0, 2);
            tablet.click("declarations:declareDay");
            tablet.waitForText(GROWL, "u bent van 2032-08-03 t/m 2032-08-09 niet beschikbaar");
            assertTrue(
                    chair.api(base)
                            .get("/api/v1/me/examiner")
                            .json()
                            .getJsonArray("answered")
                            .toString()
                            .contains("{\"from\":\"2032-08-03\",\"until\":\"2032-08-09\"}"),
                    "the week is answered");
            tablet.type("declarations:conflictNumber", colleague.number());
            tablet.type("declarations:conflictReason", "Directe collega bij dezelfde werkgever");
            tablet.click("declarations:declareConflict");
            tablet.waitForText(By.id("conflicts"), colleague.number());
            tablet.screenshot("oral-examiner-declarations");
        }
        JsonObject answered = chair.api(base).get("/api/v1/me/examiner/exam-days").array().stream()
                .map(JsonObject.class::cast)
                .filter(examDay -> examDay.getString("date").equals(day.toString()))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "[\"MORNING\",\"EVENING\"]", answered.getJsonArray("available").toString(), answered.toString());
        OralExamSetup.Examiner second =
                oral.examiner(TestAccounts.unique("Daan Tweede"), List.of("RCCM"), List.of(), day);
        String location = TestAccounts.unique("Zwolle");
        OralExamSetup.Examiner joop = // has not given the date
                oral.examiner(TestAccounts.unique("Joop Stil"), List.of("RCCM"), List.of());

        TestAccounts.Credentials newcomer =
                TestAccounts.create(base, "EXAMINER", null, TestAccounts.unique("Wim Nieuw"));
        String newcomersProvider = TestAccounts.createProvider(base); // where Wim also teaches
        try (Browser browser = Browser.open(site)) {
            browser.logIn(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
            // A new examiner account can do nothing until the board says whom it may examine.
            browser.go("/board/examiners.xhtml");
            By newcomerRow = profileRow(browser, newcomer.username());
            browser.waitForText(newcomerRow, "Nog geen titel");
            switchTitleAndSave(browser, newcomerRow, "RCCM");
            browser.waitForText(GROWL, "is opgeslagen");
            browser.waitForText(newcomerRow, "RCCM");
            String newcomerLine = browser.driver().findElement(newcomerRow).getText();
            assertFalse(newcomerLine.contains("Nog geen titel"), newcomerLine);
            assertTrue(newcomerLine.matches("(?s).*\\b0 van \\d+.*"), "no exam date answered yet: " + newcomerLine);
            JsonObject profile = TestAccounts.board(base).get("/api/v1/oral-planning/examiners").array().stream()
                    .map(JsonObject.class::cast)
                    .filter(examiner -> examiner.getString("username").equals(newcomer.username()))
                    .findFirst()
                    .orElseThrow();
            assertEquals("[\"RCCM\"]", profile.getJsonArray("titles").toString(), profile.toString());
            // Wim teaches at a provider: its candidates are not his to examine
            openProfile(browser, newcomerRow);
            browser.click("profile:providers");
            browser.type("profile:providers_filter", newcomersProvider);
            browser.waitFor(By.xpath("//*[@id='profile:providers_panel']//li[contains(., 'Opleider " + newcomersProvider
                            + "') and not(contains(@style, 'none'))]//div[contains(@class, 'ui-chkbox-box')]"))
                    .click();
            browser.driver()
                    .findElement(By.cssSelector("[id='profile:providers_panel'] .ui-selectcheckboxmenu-close"))
                    .click();
            browser.click("profile:save");
            browser.waitForText(GROWL, "is opgeslagen");
            browser.waitForText(newcomerRow, "Opleider " + newcomersProvider);
            assertEquals(
                    "[\"" + newcomersProvider + "\"]",
                    TestAccounts.board(base).get("/api/v1/oral-planning/examiners").array().stream()
                            .map(JsonObject.class::cast)
                            .filter(examiner -> examiner.getString("username").equals(newcomer.username()))
                            .findFirst()
                            .orElseThrow()
                            .getJsonArray("providerCodes")
                            .toString());
            browser.screenshot("oral-board-examiners");

            browser.go("/board/oral.xhtml");
            browser.type("oralPlanning:dayDate_input", day.toString());
            browser.type("oralPlanning:dayLocation", location);
            browser.type("oralPlanning:dayRooms", "Zaal 3, Zaal 4");
            browser.click("oralPlanning:createDay");
            browser.waitForText(By.id("days"), location + ": Zaal 3, Zaal 4");
            // who said they can examine that date, as the board asks before it plans or proposes
            String dayLine = browser.driver()
                    .findElement(By.xpath("//ul[@id='days']/li[contains(., '" + location + "')]"))
                    .getText();
            assertTrue(
                    dayLine.contains("examinatoren beschikbaar op deze datum: ")
                            && dayLine.contains(chair.name())
                            && dayLine.contains(second.name()),
                    dayLine);
            // and who have not answered (Joop at least), as many as asking will mail
            java.util.regex.Matcher silent = java.util.regex.Pattern.compile(
                            "(\\d+) examinator(en hebben| heeft) nog niet geantwoord: ([^\\n]*)")
                    .matcher(dayLine);
            assertTrue(silent.find(), dayLine);
            assertTrue(silent.group(3).contains(joop.name()), dayLine);
            assertFalse(silent.group(3).contains(chair.name()), "the chair gave the date: " + dayLine);
            browser.script("document.getElementById('days').scrollIntoView()");
            browser.screenshot("oral-board-days");
            // Asked again, the examiners who gave the date are not mailed; the day says when the board asked.
            browser.driver()
                    .findElement(By.xpath(
                            "//ul[@id='days']/li[contains(., '" + location + "')]//button[contains(@id, ':ask')]"))
                    .click();
            browser.waitForText(GROWL, silent.group(1) + " examinator");
            browser.waitForText(GROWL, "per e-mail gevraagd naar");
            browser.waitForText(
                    By.xpath("//ul[@id='days']/li[contains(., '" + location + "')]"), "Examinatoren gevraagd op ");

            browser.type("oralPlanning:candidateNumber_input", candidate.number());
            browser.select("oralPlanning:title", "RCCM");
            browser.select("oralPlanning:room", day + " · " + location + " · Zaal 3");
            browser.type("oralPlanning:start_input", "09:30");
            browser.select("oralPlanning:chair", chair.name() + " (RCCM)");
            browser.select("oralPlanning:second", second.name() + " (RCCM)");
            browser.click("oralPlanning:plan");
            browser.waitForText(GROWL, "nog niet toegelaten");
            browser.screenshot("oral-board-refused");

            // found by a part of the name, as on the planning form
            browser.type(
                    "oralPlanning:eligibleNumber_input",
                    candidate.fullName().substring(candidate.fullName().lastIndexOf('-') + 1));
            browser.waitFor(By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '"
                            + candidate.number() + "')]"))
                    .click();
            browser.select("oralPlanning:eligibleTitle", "RCCM");
            browser.type("oralPlanning:eligibleReason", "Schriftelijk examen elders behaald");
            browser.click("oralPlanning:markEligible");
            browser.waitForText(GROWL, "is toegelaten");
            browser.click("oralPlanning:plan");
            browser.waitForText(By.id("oralPlanning:exams"), candidate.fullName());
            assertTrue(
                    browser.driver()
                            .findElement(By.id("oralPlanning:exams"))
                            .getText()
                            .contains(day + " 09:30–10:30, beraadslaging tot 10:45"),
                    browser.driver().findElement(By.id("oralPlanning:exams")).getText());
            browser.screenshot("oral-board-planned");

            // An emptied period field falls back to the page's own period; a reversed one is refused.
            retype(browser, "oralPlanning:from_input", "");
            retype(browser, "oralPlanning:until_input", "");
            browser.click("oralPlanning:show");
            // the field is replaced when the form re-renders: one read between find and value is stale
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> !driver.findElement(By.id("oralPlanning:until_input"))
                            .getAttribute("value")
                            .isEmpty());
            LocalDate from = LocalDate.parse(browser.driver()
                    .findElement(By.id("oralPlanning:from_input"))
                    .getAttribute("value"));
            LocalDate until = LocalDate.parse(browser.driver()
                    .findElement(By.id("oralPlanning:until_input"))
                    .getAttribute("value"));
            assertEquals(from.plusDays(90), until, "an emptied period is the page's own: 90 days from today");
            retype(browser, "oralPlanning:from_input", day.toString());
            retype(browser, "oralPlanning:until_input", day.toString());
            browser.click("oralPlanning:show");
            browser.waitForText(By.id("oralPlanning:exams"), day + " 09:30–10:30, beraadslaging tot 10:45");
            retype(browser, "oralPlanning:until_input", day.minusDays(1).toString());
            browser.click("oralPlanning:show");
            browser.waitForText(GROWL, "De periode eindigt (" + day.minusDays(1) + ") vóór zij begint (" + day + ")");
            assertTrue(
                    browser.driver()
                            .findElement(By.id("oralPlanning:exams"))
                            .getText()
                            .contains(day + " 09:30–10:30, beraadslaging tot 10:45"),
                    "a refused period leaves the list as it was: "
                            + browser.driver()
                                    .findElement(By.id("oralPlanning:exams"))
                                    .getText());
        }
        List<JsonObject> planned = TestAccounts.board(base)
                .get("/api/v1/oral-exams?from=" + day + "&until=" + day)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(exam -> exam.getString("candidateNumber").equals(candidate.number()))
                .toList();
        assertEquals(1, planned.size());
        assertEquals(chair.username(), planned.get(0).getString("chair"));
        assertEquals("PLANNED", planned.get(0).getString("status"));

        // The chair has opened the form and begun scoring when Daan, beside him, recognises the candidate.
        long examId = planned.get(0).getJsonNumber("id").longValue();
        try (Browser chairTablet = Browser.open(site, TABLET)) {
            openForm(chairTablet, chair, examId);
            rate(chairTablet, "integer", "3 Vakbekwaam");
            // Daan reads the number beside the name on his home page and reports the conflict.
            try (Browser tablet = Browser.open(site, TABLET)) {
                tablet.logIn(second.account().username(), second.account().password());
                tablet.click("declarations:declareDay");
                tablet.waitForText(GROWL, "Kies de dag waarvoor u uw beschikbaarheid opgeeft.");
                tablet.waitForText(By.id("exams"), candidate.fullName() + " (" + candidate.number() + ", RCCM)");
                tablet.type("declarations:conflictNumber", candidate.number());
                tablet.type("declarations:conflictReason", "Oud-cursist van mij");
                tablet.click("declarations:declareConflict");
                tablet.waitForText(
                        GROWL,
                        "Let op: u bent op " + day + " om 09:30 ingedeeld bij het examen van " + candidate.fullName()
                                + ".");
                // His list says the exam's scoring is on hold; its form says why and offers nothing to fill in.
                tablet.go("/examiner/index.xhtml");
                tablet.waitForText(By.id("exams"), "Beoordelen staat stil: een examinator is niet onafhankelijk");
                tablet.go("/examiner/oral.xhtml?id=" + examId);
                tablet.waitForText(
                        By.id("oral:halted"),
                        second.name() + " heeft een belangenconflict gemeld met kandidaat " + candidate.number() + ".");
                assertTrue(tablet.driver().findElements(By.id("oral:ownForm")).isEmpty(), "no form to fill in");
            }
            // The chair's next rating is refused, and his whole form turns to say why.
            rate(chairTablet, "integer", "4 Vakvolwassen");
            chairTablet.waitForText(
                    By.id("oral:halted"),
                    second.name() + " heeft een belangenconflict gemeld met kandidaat " + candidate.number() + ".");
            assertTrue(
                    chairTablet.driver().findElements(By.id("oral:ownForm")).isEmpty(),
                    "the form is no longer offered");
            assertEquals(
                    "",
                    chairTablet.driver().findElement(By.id("oral:saveState")).getText(),
                    "the refused rating is not reported as saved");
            chairTablet.screenshot("oral-scoring-halted");
        }
        try (Browser browser = Browser.open(site)) {
            browser.logIn(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
            browser.go("/board/index.xhtml");
            browser.waitForText(By.id("oralToPlanAgain"), day + " 09:30 · " + candidate.fullName());
            browser.go("/board/oral.xhtml");
            retype(browser, "oralPlanning:from_input", day.toString());
            retype(browser, "oralPlanning:until_input", day.toString());
            browser.click("oralPlanning:show");
            browser.waitForText(
                    By.id("oralPlanning:exams"),
                    candidate.fullName() + " (" + candidate.number() + ", RCCM)\n" + second.name()
                            + " heeft een belangenconflict gemeld met kandidaat " + candidate.number() + ".");
            browser.go("/board/oral-exam.xhtml?id=" + examId);
            browser.waitForText(
                    By.id("oralExam:concerns"),
                    second.name() + " heeft een belangenconflict gemeld met kandidaat " + candidate.number() + ".");
            assertTrue(
                    browser.driver()
                            .findElement(By.id("concernsAdvice"))
                            .getText()
                            .startsWith("Verplaats het examen of wijs een andere examinator aan"),
                    "nothing submitted yet, so another examiner may still take it");
            browser.screenshot("oral-board-concerns");

            // The scheduler proposes the day for a candidate admitted since, and the board plans it. RCMT: no
            // other test admits anyone to it, so this candidate is the only one waiting.
            WrittenExam.Candidate waiting = WrittenExam.planNow(base).newCandidate();
            WrittenExam.Candidate notToday = WrittenExam.planNow(base).newCandidate();
            oral.markEligible(waiting.number(), "RCMT");
            oral.markEligible(notToday.number(), "RCMT");
            oral.examiner(TestAccounts.unique("Ria Voorstel"), List.of("RCMT"), List.of(), day);
            oral.examiner(TestAccounts.unique("Sem Voorstel"), List.of("RCMT"), List.of(), day);
            browser.go("/board/oral.xhtml");
            browser.select("proposal:day", day + " · " + location);
            browser.select("proposal:title", "RCMT");
            assertEquals(
                    "09:00",
                    browser.driver().findElement(By.id("proposal:from_input")).getAttribute("value"));
            assertEquals(
                    "17:00",
                    browser.driver().findElement(By.id("proposal:until_input")).getAttribute("value"));
            // The board keeps the morning for something else: only the afternoon is filled.
            retype(browser, "proposal:from_input", "13:00");
            retype(browser, "proposal:until_input", "15:30");
            browser.click("proposal:propose");
            browser.waitForText(By.id("proposal:items"), waiting.fullName() + " (" + waiting.number() + ")");
            browser.waitForText(By.id("proposal:items"), notToday.fullName() + " (" + notToday.number() + ")");
            List<String> times =
                    browser.driver().findElements(By.cssSelector("[id='proposal:items_data'] td.ek-date")).stream()
                            .map(cell -> cell.getText().replaceAll("(?s)^.*?(\\d{4}-\\d{2}-\\d{2} )", "$1"))
                            .sorted()
                            .toList();
            assertEquals(List.of(day + " 13:00–14:15", day + " 14:15–15:30"), times, "one pair, one after the other");
            browser.screenshot("oral-board-proposal");
            // The board looks something up and comes back: the proposal is still there to plan.
            browser.go("/board/index.xhtml");
            browser.waitFor(By.id("boardTasks"));
            browser.go("/board/oral.xhtml");
            browser.waitForText(By.id("proposal:items"), notToday.fullName() + " (" + notToday.number() + ")");
            browser.driver()
                    .findElement(By.xpath("//*[@id='proposal:items_data']/tr[contains(., '" + notToday.number()
                            + "')]//button[contains(@id, 'leaveOut')]"))
                    .click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(driver -> !driver.findElement(By.id("proposal:items"))
                            .getText()
                            .contains(notToday.number()));
            browser.click("proposal:adopt");
            browser.waitForText(GROWL, "1 examen is ingepland op " + day);
            assertEquals(1, examsOn(base, day, waiting), "planned as proposed");
            assertEquals(0, examsOn(base, day, notToday), "the candidate left out is not planned");
        }
    }

    @Test
    void theBoardIsToldWhenTakingAnExaminersTitlePutsTheirPlannedExamOutOfOrder() throws Exception {
        URI base = url.toURI();
        Deployments.requireHealthy(base);
        OralExamSetup oral = new OralExamSetup(base);
        LocalDate day = DAY.plusDays(5);
        List<Long> rooms = oral.day(day, "Zaal 6");
        OralExamSetup.Examiner chair =
                oral.examiner(TestAccounts.unique("Xander Titel"), List.of("RCCM"), List.of(), day);
        OralExamSetup.Examiner second =
                oral.examiner(TestAccounts.unique("Yara Titel"), List.of("RCCM"), List.of(), day);
        WrittenExam.Candidate candidate = WrittenExam.planNow(base).newCandidate();
        oral.markEligible(candidate.number(), "RCCM");
        long examId = oral.planned(candidate.number(), "RCCM", rooms.get(0), day + "T10:00", chair, second);

        try (Browser browser = Browser.open(base.toString().replaceFirst("/$", ""))) {
            browser.logIn(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
            browser.go("/board/examiners.xhtml");
            By row = profileRow(browser, chair.username());
            browser.waitForText(row, "RCCM");
            switchTitleAndSave(browser, row, "RCCM");
            // in the dialog, which stays open so that the warning is read
            browser.waitForText(
                    By.id("profile:profileMessages"),
                    chair.name() + " is op " + day + " om 10:00 ingedeeld bij het examen van " + candidate.fullName()
                            + " en mag dat na deze wijziging niet afnemen");
            browser.waitForText(row, "Nog geen titel");
        }
        assertTrue(
                TestAccounts.board(base).get("/api/v1/oral-exams/to-plan-again").array().stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(concerned -> concerned
                                        .getJsonObject("exam")
                                        .getJsonNumber("id")
                                        .longValue()
                                == examId),
                "the exam is among those to plan again");
    }

    /** The examiners page searched for one user name: the only row left, once the search has shown it. */
    private static By profileRow(Browser browser, String username) {
        browser.type("examiners:search", username);
        browser.click("examiners:filter");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the search for " + username + " shows only that examiner")
                .until(driver -> driver.findElements(By.cssSelector("[id='examiners:roster_data'] > tr"))
                                .size()
                        == 1);
        return By.xpath("//*[@id='examiners:roster_data']/tr[contains(., '" + username + "')]");
    }

    /** Opens the profile of the examiner in the row, ticks or unticks the title and saves. */
    private static void switchTitleAndSave(Browser browser, By row, String title) {
        openProfile(browser, row);
        browser.waitFor(By.xpath("//*[@id='profile:titles']//label[starts-with(., '" + title + "')]"))
                .click();
        browser.click("profile:save");
    }

    private static void openProfile(Browser browser, By row) {
        browser.driver()
                .findElement(row)
                .findElement(By.xpath(".//button[contains(@id, ':edit')]"))
                .click();
        browser.waitFor(By.id("profile:save"));
    }

    /** The row of the examiner's list of exam days for a date. */
    private static WebElement examDayRow(Browser browser, LocalDate date) {
        return browser.waitFor(By.xpath("//*[@id='declarations:examDays_data']/tr[contains(., '" + date + "')]"));
    }

    /** How many exam days the examiner's home page says the board waits for; 0 without the notice. */
    private static int unansweredDays(Browser browser) {
        List<WebElement> notice = browser.driver().findElements(By.id("unansweredDays"));
        if (notice.isEmpty()) {
            return 0;
        }
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("voor (\\d+) examendag")
                .matcher(notice.get(0).getText());
        assertTrue(count.find(), notice.get(0).getText());
        return Integer.parseInt(count.group(1));
    }

    /** Ticks or unticks the parts of the day (0 morning, 1 afternoon, 2 evening) in the availability form. */
    private static void switchParts(Browser tablet, int... parts) {
        for (int part : parts) {
            tablet.driver()
                    .findElement(By.cssSelector("label[for='declarations:parts:" + part + "']"))
                    .click();
        }
    }

    /** Waits until the form says this of what was given for its date ("" for nothing given). */
    private static void waitForGiven(Browser tablet, String text) {
        new WebDriverWait(tablet.driver(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "given: '" + text + "', not '"
                        + tablet.driver()
                                .findElement(By.id("declarations:given"))
                                .getText() + "'")
                .until(d -> d.findElement(By.id("declarations:given")).getText().equals(text));
    }

    /** The parts of the day ticked in the examiner's availability form. */
    private static List<String> tickedParts(Browser browser) {
        return browser.driver().findElements(By.cssSelector("input[name='declarations:parts']")).stream()
                .filter(WebElement::isSelected)
                .map(box -> box.getAttribute("value"))
                .toList();
    }

    private static long examsOn(URI base, LocalDate day, WrittenExam.Candidate candidate) {
        return TestAccounts.board(base)
                .get("/api/v1/oral-exams?from=" + day + "&until=" + day)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(exam -> exam.getString("candidateNumber").equals(candidate.number()))
                .count();
    }

    private static void openForm(Browser tablet, OralExamSetup.Examiner examiner, long examId) {
        tablet.logIn(examiner.account().username(), examiner.account().password());
        tablet.waitFor(By.id("examinerHome"));
        // the exam's row on the examiner's home page, opened as a person does: by its link
        WebElement link =
                tablet.driver().findElement(By.xpath("//a[contains(concat(@href, '#'), 'id=" + examId + "#')]"));
        String listed = link.findElement(By.xpath("ancestor::tr//*[contains(@class, 'ek-oral-slot')]"))
                .getText();
        assertEquals("Formulier openen", link.getText(), "the link says what it does at every stage");
        clickJs(tablet, link);
        String onTheForm = tablet.waitFor(By.id("examFacts"))
                .findElement(By.className("ek-oral-slot"))
                .getText();
        assertTrue(listed.contains(", beraadslaging tot "), listed);
        assertEquals(listed, onTheForm, "the examiner's list and scoring form give the same times for an exam");
    }

    private static void rate(Browser tablet, String competence, String label) {
        clickJs(
                tablet,
                tablet.driver()
                        .findElement(By.xpath("//*[@id='competence-" + competence
                                + "']//div[@role='radiogroup']//label[normalize-space(.)='" + label + "']")));
        settle(tablet);
    }

    private static String selected(Browser tablet, String competence) {
        // the checked radio's own label: what a screen reader announces as chosen
        return tablet.driver()
                .findElement(By.xpath("//*[@id='competence-" + competence + "']//div[@role='radiogroup']"
                        + "//input[@type='radio' and @checked]/following-sibling::label"))
                .getText();
    }

    /** Selects what a field holds and types over it, as a person does: the date picker keeps a value only cleared. */
    private static void retype(Browser browser, String id, String text) {
        browser.waitFor(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE + text);
    }

    private static void typeInto(Browser tablet, String css, String text) {
        WebElement field = tablet.driver().findElement(By.cssSelector(css));
        ((JavascriptExecutor) tablet.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.sendKeys(text);
    }

    private static void submit(Browser tablet) {
        settle(tablet);
        clickJs(tablet, tablet.driver().findElement(By.id("oral:submit")));
        clickJs(tablet, tablet.waitFor(By.id("oral:confirmYes")));
    }

    private static void clickJs(Browser tablet, WebElement element) {
        ((JavascriptExecutor) tablet.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /**
     * Waits until the save a typed note started has been answered: the form saves a text field 500 ms
     * after the last key, so the wait begins once that delay has passed.
     */
    private static void settleAfterTyping(Browser tablet) {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle(tablet);
    }

    /**
     * Waits until every save the page started has been answered. A click on a rating queues its save
     * before the click returns, so no delay is needed: waiting 700 ms after each of the flow's forty
     * clicks cost the suite half a minute a pass.
     */
    private static void settle(Browser tablet) {
        new WebDriverWait(tablet.driver(), Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
