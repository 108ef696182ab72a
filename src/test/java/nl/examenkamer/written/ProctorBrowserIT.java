package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.examenkamer.shared.ClockProducer;
import nl.examenkamer.testing.Browser;
import nl.examenkamer.testing.Deployments;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.TestDatabase;
import nl.examenkamer.testing.WrittenExam;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The board's side of exam day in Chromium: the session's live view (the counts per state and the
 * table) follows a candidate who starts and answers elsewhere without the page being reloaded;
 * extra time, changing the extra time of a candidate who has not started and withdrawing one are
 * refused without a reason (the dialog stays open) and done with one; a page that stops calling shows as out of contact; and
 * closing the session ends and scores the running attempt, whose grade the page writes the Dutch
 * way. After closing, the board weighs the fixed cut score against Cohen-Schotanus and sets the
 * latter with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class ProctorBrowserIT {

    /** Long enough for the live view's five-second refresh to come round twice. */
    private static final Duration LIVE = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    @Test
    void theBoardFollowsTheSessionLiveGivesExtraTimeWithAReasonAndClosesIt() throws Exception {
        URI base = url.toURI();
        Deployments.requireHealthy(base);
        WrittenExam exam = WrittenExam.planNow(base);
        WrittenExam.Candidate taking = exam.enrolledCandidate();
        WrittenExam.Candidate absent = exam.enrolledCandidate();
        WrittenExam.Candidate sick = exam.enrolledCandidate();

        try (Browser board = Browser.open(base.toString())) {
            board.logIn(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
            board.waitFor(By.id("boardHome"));
            board.go("/board/session.xhtml?code=" + exam.code());
            board.waitForText(row(taking), "Niet gestart");
            board.waitForText(row(absent), "Niet gestart");
            board.waitForText(By.id("sessionStatus"), "Startvenster open");
            assertEquals("Niet gestart: 3", summary(board));
            board.script("window.sameProctorPage = true");

            WrittenExam.Started attempt = exam.start(taking);
            assertEquals(201, attempt.status());
            assertEquals(200, exam.save(attempt, 1, 1, "[\"A\"]", false).status());
            assertEquals(200, exam.save(attempt, 2, 2, "[\"B\"]", true).status());

            wait(board).until(ExpectedConditions.textToBePresentInElementLocated(row(taking), "Bezig"));
            wait(board).until(ExpectedConditions.textToBe(cell(taking, 4), "2"));
            assertEquals("Niet gestart: 2 Bezig: 1", summary(board), "the counts follow with the table");
            assertEquals(
                    Boolean.TRUE,
                    board.script("return window.sameProctorPage === true"),
                    "the live view refreshed its table, not the page");
            board.screenshot("proctor-live");
            // a time of day, also in a session that runs past midnight; the date is in its title
            WebElement lastSeen =
                    board.driver().findElement(cell(taking, 5)).findElement(By.cssSelector("span[title]"));
            assertTrue(
                    lastSeen.getText().matches("\\d\\d:\\d\\d"), "last seen as a time of day: " + lastSeen.getText());
            assertTrue(
                    lastSeen.getAttribute("title").matches("\\d{4}-\\d\\d-\\d\\d " + lastSeen.getText()),
                    "the full moment on hover: " + lastSeen.getAttribute("title"));

            // the proctor walks the hall with a tablet
            Dimension desk = board.driver().manage().window().getSize();
            board.driver().manage().window().setSize(new Dimension(820, 1180));
            assertEquals(
                    Boolean.TRUE,
                    board.script(
                            "var wrapper = document.querySelector('[id=\"live:table\"] .ui-datatable-tablewrapper');"
                                    + " var button = document.querySelector('[id=\"live:table\"] button[id*=\"extraTime\"]');"
                                    + " return wrapper.scrollWidth <= wrapper.clientWidth"
                                    + " && button.getBoundingClientRect().right <= wrapper.getBoundingClientRect().right;"),
                    "on a tablet the live view shows every column, the extra-time button included");
            board.screenshot("proctor-live-tablet");
            board.driver().manage().window().setSize(desk);

            board.clickRefreshed(By.xpath(rowXpath(taking) + "//button[contains(@id, 'extraTime')]"));
            board.waitFor(By.id("extraTimeForm:reason"));
            board.click("extraTimeForm:give");
            board.waitForText(By.tagName("body"), "Geef een reden voor de extra tijd.");
            assertTrue(
                    board.driver().findElement(By.id("extraTimeForm:reason")).isDisplayed(),
                    "a refusal leaves the dialog open");
            assertEquals(
                    attempt.deadline(),
                    WrittenExam.storedDeadline(attempt.attemptId()),
                    "refused: the deadline did not move");

            board.type("extraTimeForm:reason", "Stroomstoring in zaal 2");
            board.click("extraTimeForm:give");
            board.waitForText(row(taking), "0 % + 10");
            String given = "10 minuten extra tijd gegeven aan " + taking.number() + ".";
            board.waitForText(By.cssSelector(".ui-growl"), given);
            refreshLiveView(board);
            assertTrue(
                    board.driver()
                            .findElement(By.cssSelector(".ui-growl"))
                            .getText()
                            .contains(given),
                    "the live view's refresh leaves the message of what the board just did");
            assertEquals(
                    attempt.deadline().plus(Duration.ofMinutes(10)), WrittenExam.storedDeadline(attempt.attemptId()));
            String timeLeft =
                    board.driver().findElement(cell(taking, 6)).getText().trim();
            assertTrue(
                    Integer.parseInt(timeLeft.substring(0, timeLeft.indexOf(':'))) >= 99,
                    "90 minutes and 10 extra, a few seconds gone: " + timeLeft);
            JsonObject audit = TestAccounts.board(base)
                    .get("/api/v1/audit?action=attempt.extra-time&objectId=" + exam.code())
                    .json();
            assertEquals(1, audit.getInt("total"), audit.toString());
            JsonObject entry = audit.getJsonArray("entries").getJsonObject(0);
            assertEquals("Stroomstoring in zaal 2", entry.getString("reason"));
            assertTrue(entry.getString("details").contains(taking.number()), entry.toString());

            // a statement of extra time arrives for a candidate who has not started yet
            assertTrue(
                    board.driver()
                            .findElements(By.xpath(rowXpath(taking) + "//button[contains(@id, 'changeAccommodation')]"))
                            .isEmpty(),
                    "a started attempt's time is fixed; only minutes on the day move it");
            board.clickRefreshed(By.xpath(rowXpath(absent) + "//button[contains(@id, 'changeAccommodation')]"));
            board.waitForText(By.id("accommodationFor"), absent.number() + " · " + absent.fullName());
            board.waitFor(By.id("accommodationForm:extra_input"))
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE + "25");
            board.click("accommodationForm:confirmAccommodation");
            board.waitForText(By.tagName("body"), "Geef een reden voor de wijziging van de extra tijd");
            assertTrue(
                    board.driver()
                            .findElement(By.id("accommodationForm:reason"))
                            .isDisplayed(),
                    "a refusal leaves the dialog open");
            board.type("accommodationForm:reason", "Dyslexieverklaring nagezonden");
            board.click("accommodationForm:confirmAccommodation");
            board.waitForText(
                    By.cssSelector(".ui-growl"),
                    "De extra tijd van " + absent.number() + " · " + absent.fullName() + " is nu 25 %: 112 minuten.");
            assertTrue(
                    board.driver().findElement(row(absent)).getText().contains("25 % + 0"),
                    "the table shows the new percentage with the message, not at the next refresh: "
                            + board.driver().findElement(row(absent)).getText());

            // a candidate calls in sick: taken off the list with a reason (without one the dialog stays)
            assertTrue(
                    board.driver()
                            .findElements(By.xpath(rowXpath(taking) + "//button[contains(@id, 'withdraw')]"))
                            .isEmpty(),
                    "a candidate who started cannot be withdrawn");
            board.clickRefreshed(By.xpath(rowXpath(sick) + "//button[contains(@id, 'withdraw')]"));
            board.waitForText(By.id("withdrawFor"), sick.number() + " · " + sick.fullName());
            board.click("withdrawForm:confirmWithdrawal");
            board.waitForText(By.tagName("body"), "Geef een reden voor het intrekken van de inschrijving");
            assertTrue(
                    board.driver().findElement(By.id("withdrawForm:reason")).isDisplayed(),
                    "a refusal leaves the dialog open");
            board.type("withdrawForm:reason", "Afgemeld wegens ziekte");
            board.click("withdrawForm:confirmWithdrawal");
            board.waitForText(
                    By.tagName("body"),
                    "De inschrijving van " + sick.number() + " · " + sick.fullName() + " is ingetrokken.");
            wait(board).until(ExpectedConditions.invisibilityOfElementLocated(row(sick)));
            assertEquals("Niet gestart: 1 Bezig: 1", summary(board), "the counts follow");
            assertEquals(
                    "Afgemeld wegens ziekte",
                    TestAccounts.board(base)
                            .get("/api/v1/audit?action=enrolment.withdrawn&objectId=" + exam.code())
                            .json()
                            .getJsonArray("entries")
                            .getJsonObject(0)
                            .getString("reason"));

            // the candidate's page goes quiet: no clock call and no save for five minutes
            silence(attempt.attemptId(), Duration.ofMinutes(5));
            board.waitForText(row(taking), "Geen contact");
            assertEquals("Niet gestart: 1 Bezig: 1 Geen contact: 1", summary(board));
            board.screenshot("proctor-contact-lost");

            // the proctor notes what happened, about one candidate
            board.click("sessionIncidents:noteIncident");
            board.waitForText(By.tagName("body"), "Beschrijf het voorval.");
            board.select("sessionIncidents:candidate", taking.number() + " · " + taking.fullName());
            board.type("sessionIncidents:note", "Verliet de zaal om naar het toilet te gaan, 5 minuten");
            board.click("sessionIncidents:noteIncident");
            board.waitForText(
                    By.id("sessionIncidents:report"), "Verliet de zaal om naar het toilet te gaan, 5 minuten");
            String noted =
                    board.driver().findElement(By.id("sessionIncidents:report")).getText();
            assertTrue(
                    noted.contains(taking.number() + " · " + taking.fullName())
                            && noted.contains(TestAccounts.BOARD_USERNAME),
                    "with whom it concerns and who noted it: " + noted);
            assertEquals(
                    taking.number(),
                    TestAccounts.board(base)
                            .get("/api/v1/exam-sessions/" + exam.code() + "/incidents")
                            .array()
                            .getJsonObject(0)
                            .getString("candidateNumber"));

            board.click("lifecycle:close");
            board.click("lifecycle:confirmYes");
            board.waitForText(By.id("sessionStatus"), "Gesloten");
            board.waitForText(By.tagName("body"), "1 lopende poging is beëindigd en gescoord.");
            assertEquals(
                    "65 % (Vast percentage)",
                    board.driver().findElement(By.id("cutScoreInForce")).getText(), "the fixed cut score in force");
            board.waitForText(row(taking), "Door commissie gesloten");
            board.waitForText(row(absent), "Niet gestart");
            assertEquals(
                    "Niet gestart: 1 Door commissie gesloten: 1",
                    summary(board),
                    "a closed attempt has nothing to lose contact with");

            // the session's report: the button posts the page's form and gets the PDF back
            Map<String, Object> report = download(board, "lifecycle:reportPdf");
            assertEquals(200L, ((Number) report.get("status")).longValue());
            assertTrue(
                    String.valueOf(report.get("type")).startsWith("application/pdf"),
                    String.valueOf(report.get("type")));
            assertTrue(String.valueOf(report.get("body")).startsWith("%PDF"), "a PDF, not the page again");

            // the results file the board keeps: the button posts the page's form and gets the CSV back
            board.waitForText(By.id("lifecycle:resultsCsv"), "Uitslagen (CSV)");
            Map<String, Object> download = download(board, "lifecycle:resultsCsv");
            assertEquals(200L, ((Number) download.get("status")).longValue());
            assertTrue(
                    String.valueOf(download.get("type")).startsWith("text/csv"), String.valueOf(download.get("type")));
            String csv = String.valueOf(download.get("body"));
            assertTrue(csv.contains(taking.number() + "," + taking.fullName() + ",Door commissie gesloten,"), csv);
            assertTrue(csv.contains(absent.number() + "," + absent.fullName() + ",Niet gestart,"), csv);
            Map<String, Object> scored =
                    TestDatabase.row("SELECT status, grade FROM attempt WHERE id = ?", attempt.attemptId());
            assertEquals("CLOSED", scored.get("status"));
            String grade = WrittenExam.gradeAsShown(scored.get("grade"));
            assertTrue(
                    board.driver().findElement(row(taking)).getText().contains(grade),
                    "the grade " + grade + " with a decimal comma in: "
                            + board.driver().findElement(row(taking)).getText());
            board.screenshot("proctor-closed");

            // the item analysis of the closed session, one row per item of the one scored form
            board.click("lifecycle:itemAnalysis");
            board.waitFor(By.id("analysis:items_data"));
            assertEquals("1", board.driver().findElement(By.id("candidates")).getText());
            assertEquals("–", board.driver().findElement(By.id("kr20")).getText(), "one candidate: no reliability");
            assertEquals(
                    40,
                    board.driver()
                            .findElements(By.cssSelector("[id='analysis:items_data'] > tr"))
                            .size());
            assertEquals(
                    "40 / 40",
                    board.driver().findElement(By.id("flagged")).getText(),
                    "with one candidate every item is either too hard or too easy");
            assertTrue(
                    board.driver()
                            .findElement(By.id("analysis:items_data"))
                            .getText()
                            .contains("Te moeilijk"),
                    "the closed attempt had 2 of 40 answered: most items are too hard");
            assertTrue(
                    board.driver()
                            .findElement(By.id("explanation"))
                            .getText()
                            .contains("p onder 0,30 of boven 0,95, Rir onder 0,10"),
                    "the scheme's thresholds, written the Dutch way");
            assertTrue(
                    board.driver()
                            .findElement(By.cssSelector("[id='analysis:items_data'] .ek-flag[title^='p onder 0,30:']"))
                            .isDisplayed(),
                    "a flag says which threshold the item crossed");
            assertEquals(
                    Boolean.TRUE,
                    board.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "the analysis fits the window without scrolling sideways");
            Map<String, Object> analysisFile = download(board, "export:csv");
            assertEquals(200L, ((Number) analysisFile.get("status")).longValue());
            List<String> analysisLines =
                    String.valueOf(analysisFile.get("body")).lines().toList();
            assertTrue(analysisLines.get(0).contains("item,versie,thema,kandidaten,p,Rit,Rir"), analysisLines.get(0));
            assertEquals(41, analysisLines.size(), "a header and a line per item of the one form");
            board.screenshot("item-analysis");
            board.driver().manage().window().setSize(new Dimension(820, 1180));
            board.driver().navigate().refresh();
            board.waitFor(By.id("analysis:items_data"));
            assertEquals(
                    Boolean.TRUE,
                    board.script(
                            "var wrapper = document.querySelector('[id=\"analysis:items\"] .ui-datatable-tablewrapper');"
                                    + " var action = document.getElementById('analysis:items:0:neutralise').getBoundingClientRect();"
                                    + " return document.documentElement.scrollWidth <= window.innerWidth"
                                    + " && wrapper.scrollWidth <= wrapper.clientWidth"
                                    + " && action.right <= wrapper.getBoundingClientRect().right;"),
                    "on a tablet in portrait every column shows, the neutralise button included, without scrolling sideways");
            board.screenshot("item-analysis-tablet");

            // neutralising the first item: refused without a reason (the dialog stays), then done and audited
            board.click("analysis:items:0:neutralise");
            board.waitFor(By.id("neutraliseForm:reason"));
            String item = board.driver().findElement(By.id("chosenItem")).getText();
            board.click("neutraliseForm:confirm");
            board.waitForText(By.tagName("body"), "Geef een reden voor de neutralisatie.");
            assertTrue(
                    board.driver().findElement(By.id("neutraliseForm:reason")).isDisplayed());
            board.type("neutraliseForm:reason", "Twee opties zijn juist");
            board.click("neutraliseForm:confirm");
            board.waitForText(By.id("analysis:items:0:neutralised"), "Punt voor iedereen");
            board.waitForText(By.tagName("body"), item + " is geneutraliseerd; 1 poging(en) opnieuw gescoord.");
            JsonObject neutralised = TestAccounts.board(base)
                    .get("/api/v1/audit?action=item.neutralised&objectId=" + exam.code())
                    .json();
            assertEquals(1, neutralised.getInt("total"), neutralised.toString());
            JsonObject decision = neutralised.getJsonArray("entries").getJsonObject(0);
            assertEquals("Twee opties zijn juist", decision.getString("reason"));
            assertTrue(decision.getString("details").contains("item=" + item + " mode=CREDIT"), decision.toString());
            board.screenshot("item-analysis-neutralised");

            // taken back, with a reason: the row offers neutralising again
            board.click("analysis:items:0:withdraw");
            board.waitForText(By.id("dialogTitle"), "Neutralisatie intrekken");
            board.type("neutraliseForm:reason", "Toch één juist antwoord");
            board.click("neutraliseForm:confirm");
            board.waitFor(By.id("analysis:items:0:neutralise"));
            assertTrue(
                    board.driver()
                            .findElements(By.id("analysis:items:0:neutralised"))
                            .isEmpty(),
                    "no longer marked as neutralised");
            assertEquals(
                    1,
                    TestAccounts.board(base)
                            .get("/api/v1/audit?action=item.neutralisation-withdrawn&objectId=" + exam.code())
                            .json()
                            .getInt("total"));
        }
    }

    @Test
    void theBoardPlansAtTheSchemesExtraTimeAndEnrolsAnAccommodationWithoutAPercentageAtIt() throws Exception {
        URI base = url.toURI();
        Deployments.requireHealthy(base);
        WrittenExam exam = WrittenExam.planNow(base);
        WrittenExam.Candidate late = exam.newCandidate();

        try (Browser board = Browser.open(base.toString())) {
            board.logIn(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
            board.waitFor(By.id("boardHome"));

            // planned on the page with the default extra time left empty: the certification scheme's
            board.go("/board/sessions.xhtml");
            board.select("plan:blueprint", "Schriftelijk examen RCCM (40 vragen, 90 minuten)");
            board.type(
                    "plan:date_input",
                    LocalDate.now(ClockProducer.ZONE).plusDays(1).toString());
            board.driver().findElement(By.id("plan:date_input")).sendKeys(Keys.ESCAPE);
            board.click("plan:create");
            board.waitForText(
                    By.id("enrol:extraDefault"),
                    "Met een reden en zonder percentage krijgt de kandidaat de standaard van deze zitting: 25 % extra tijd.");
            assertTrue(
                    board.driver().getCurrentUrl().contains("/board/session"),
                    board.driver().getCurrentUrl());

            board.go("/board/session.xhtml?code=" + exam.code());
            board.waitForText(
                    By.id("enrol:extraDefault"),
                    "Met een reden en zonder percentage krijgt de kandidaat de standaard van deze zitting: 25 % extra tijd.");
            // found by a part of the name, without looking the number up first
            board.type(
                    "enrol:candidateNumber_input",
                    late.fullName().substring(late.fullName().lastIndexOf('-') + 1));
            board.waitFor(By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + late.number()
                            + " · " + late.fullName() + "')]"))
                    .click();
            board.type("enrol:reason", "Dyslexieverklaring");
            board.click("enrol:enrolOne");
            board.waitForText(row(late), "25 % + 0");
            board.assertNoAccessibilityViolations("session page with an enrolment");

            // the board's list, uploaded with the candidate just enrolled on it and one more
            WrittenExam.Candidate listed = exam.newCandidate();
            Path file = Files.createTempFile("inschrijvingen", ".csv");
            Files.writeString(
                    file,
                    "candidate_number;extra_time_percentage;accommodation_reason\n" + late.number()
                            + ";;Dyslexieverklaring\n" + listed.number() + ";;\n");
            board.driver().findElement(By.id("list:file")).sendKeys(file.toString());
            board.click("list:uploadList");
            board.waitForText(
                    By.cssSelector(".ui-growl"),
                    "1 kandidaat is ingeschreven; 1 kandidaat stond er al in zoals de lijst zegt en is overgeslagen.");
            board.waitForText(row(listed), "0 % + 0");
            Files.delete(file);
        }
    }

    @Test
    void theBoardComparesBothCutScoresAndSetsCohenSchotanusWithAReason() throws Exception {
        URI base = url.toURI();
        Deployments.requireHealthy(base);
        WrittenExam exam = WrittenExam.planNow(base);
        // 20 candidates with 10 to 29 of 40 right: 4 pass at 65 %
        WrittenExam.Candidate strongest = null;
        for (int right = 10; right <= 29; right++) {
            strongest = exam.enrolledCandidate();
            WrittenExamIT.answerRight(exam, exam.start(strongest), right);
        }
        assertEquals(200, exam.close().status());

        try (Browser board = Browser.open(base.toString())) {
            board.logIn(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
            // the closed session waits on the board's home page, and its task leads to it
            WebElement task =
                    board.waitFor(By.xpath("//div[@id='writtenTasks']//li[contains(., '(" + exam.code() + ")')]"));
            assertTrue(
                    task.getText().contains("Gesloten: controleer cesuur en itemanalyse en publiceer de uitslagen."),
                    task.getText());
            task.findElement(By.tagName("a")).click();
            board.waitFor(By.id("cutScoreForm:methods_data"));
            String fixed = rowText(board, 0);
            assertTrue(
                    fixed.contains("Vast percentage") && fixed.contains("4 van 20") && fixed.contains("In gebruik"),
                    fixed);
            String cohenSchotanus = rowText(board, 1);
            assertTrue(cohenSchotanus.contains("95e percentiel 70 %, gokkans"), cohenSchotanus);
            JsonObject options = TestAccounts.board(base)
                    .get("/api/v1/exam-sessions/" + exam.code() + "/cut-score")
                    .json()
                    .getJsonArray("options")
                    .getJsonObject(1);
            String passing = options.getInt("passing") + " van 20";
            assertTrue(cohenSchotanus.contains(passing), passing + " in " + cohenSchotanus);
            board.screenshot("cut-score");

            board.click("cutScoreForm:methods:1:apply");
            board.waitFor(By.id("cutScoreChoice:reason"));
            assertEquals(
                    "Cohen-Schotanus",
                    board.driver().findElement(By.id("chosenMethod")).getText());
            board.click("cutScoreChoice:confirm");
            board.waitForText(By.tagName("body"), "Geef een reden voor de cesuur.");
            assertTrue(
                    board.driver().findElement(By.id("cutScoreChoice:reason")).isDisplayed(),
                    "a refusal leaves the dialog open");
            board.type("cutScoreChoice:reason", "Examen viel voor iedereen zwaar uit");
            board.click("cutScoreChoice:confirm");
            board.waitForText(By.id("cutScoreInForce"), "(Cohen-Schotanus)");
            board.waitForText(By.tagName("body"), "De cesuur is vastgesteld volgens Cohen-Schotanus op ");
            assertTrue(rowText(board, 1).contains("In gebruik"), rowText(board, 1));
            assertEquals(
                    options.getInt("passing"),
                    TestDatabase.rows(
                                    "SELECT a.id FROM attempt a JOIN exam_session s ON s.id = a.session_id"
                                            + " WHERE s.code = ? AND a.passed = TRUE",
                                    exam.code())
                            .size(),
                    "every attempt rescored with the Cohen-Schotanus cut");
            assertEquals(
                    "Examen viel voor iedereen zwaar uit",
                    TestAccounts.board(base)
                            .get("/api/v1/audit?action=session.cut-score-set&objectId=" + exam.code())
                            .json()
                            .getJsonArray("entries")
                            .getJsonObject(0)
                            .getString("reason"));

            // publishing says what is being published: the cut in force, who pass, flagged items left as they are
            JsonObject inForce = TestAccounts.board(base)
                    .get("/api/v1/exam-sessions/" + exam.code() + "/cut-score")
                    .json();
            NumberFormat dutch = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl"));
            dutch.setMaximumFractionDigits(2);
            String cut = dutch.format(inForce.getJsonNumber("percentageInForce").bigDecimalValue()) + " %";
            long flagged = TestAccounts.board(base)
                    .get("/api/v1/exam-sessions/" + exam.code() + "/item-analysis")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(item ->
                            !item.getJsonObject("stats").getJsonArray("flags").isEmpty())
                    .count();
            assertTrue(flagged > 1, "items seen by one or two candidates are flagged");
            board.click("lifecycle:publish");
            board.waitFor(By.id("lifecycle:confirmYes"));
            String confirm = board.driver()
                    .findElement(By.cssSelector(".ui-confirm-dialog-message"))
                    .getText();
            assertTrue(
                    confirm.startsWith("Cesuur " + cut + " (Cohen-Schotanus): " + passing + " geslaagd. " + flagged
                            + " door de itemanalyse gemarkeerde items zijn niet geneutraliseerd."),
                    confirm);
            board.screenshot("publish-confirm");
            board.click("lifecycle:confirmYes");
            board.waitForText(By.id("sessionStatus"), "Gepubliceerd");
            JsonObject result =
                    strongest.api(base).get("/api/v1/me/written-exams").array().getJsonObject(0);
            assertEquals(
                    inForce.getJsonNumber("percentageInForce").bigDecimalValue(),
                    result.getJsonNumber("cutScorePercentage").bigDecimalValue(),
                    "the candidate sees the cut score they were held to: " + result);
            assertTrue(
                    board.driver()
                            .findElements(By.id("cutScoreForm:methods:0:apply"))
                            .isEmpty(),
                    "a published cut score cannot be changed");
            board.go("/board/index.xhtml");
            board.waitFor(By.id("boardTasks"));
            assertTrue(
                    board.driver()
                            .findElements(
                                    By.xpath("//div[@id='writtenTasks']//li[contains(., '(" + exam.code() + ")')]"))
                            .isEmpty(),
                    "a published session without inspection requests waits for nothing");
            // the strongest candidate's file has the session with the result
            board.go("/board/candidate.xhtml?number=" + strongest.number());
            String writtenRow =
                    board.waitFor(By.cssSelector("[id='written_data'] tr")).getText();
            assertTrue(
                    writtenRow.contains("(" + exam.code() + ")")
                            && writtenRow.contains("Geslaagd")
                            && writtenRow.matches("(?s).*\\b\\d{1,2},\\d\\b.*"),
                    "session, result and a grade with one decimal: " + writtenRow);

            // the board goes through the flagged items only; switched off, every item is back
            board.go("/board/item-analysis.xhtml?code=" + exam.code());
            board.waitFor(By.id("analysis:items_data"));
            int items = analysisRows(board).size();
            assertTrue(items > flagged, items + " items, " + flagged + " flagged");
            board.click("analysis:onlyFlagged");
            new WebDriverWait(board.driver(), Duration.ofSeconds(20))
                    .until(driver -> analysisRows(board).size() == flagged);
            assertTrue(
                    analysisRows(board).stream()
                            .allMatch(row -> row.getAttribute("class").contains("ek-flagged")),
                    "only flagged rows are shown");
            board.screenshot("item-analysis-flagged-only");
            board.click("analysis:onlyFlagged");
            new WebDriverWait(board.driver(), Duration.ofSeconds(20))
                    .until(driver -> analysisRows(board).size() == items);

            board.go("/board/session.xhtml?code=" + exam.code());
            board.driver().manage().window().setSize(new Dimension(820, 1180));
            board.driver().navigate().refresh();
            board.waitFor(By.id("cutScoreForm:methods_data"));
            assertEquals(
                    Boolean.TRUE,
                    board.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "on a tablet the page does not scroll sideways");
            board.assertNoTableCellCutsItsText("the session page with its live view of 20 candidates");
            board.screenshot("cut-score-tablet");
        }
    }

    private static List<WebElement> analysisRows(Browser board) {
        return board.driver().findElements(By.cssSelector("[id='analysis:items_data'] > tr[data-ri]"));
    }

    private static String rowText(Browser board, int row) {
        return board.driver()
                .findElements(By.cssSelector("[id='cutScoreForm:methods_data'] > tr"))
                .get(row)
                .getText();
    }

    /**
     * What a download button (a non-AJAX post of its form) returns: status, content type and body,
     * fetched by the page itself so the browser does not save a file.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> download(Browser browser, String buttonId) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " const button = document.getElementById('" + buttonId + "');"
                        + " const data = new FormData(button.form); data.append(button.name, button.name);"
                        + " fetch(button.form.action, {method: 'POST', body: new URLSearchParams(data),"
                        + " credentials: 'same-origin'}).then(r => r.text().then(t =>"
                        + " done({status: r.status, type: r.headers.get('content-type'), body: t})));");
    }

    /** Moves the attempt's last sign of life (clock call or save) this far back. */
    private static void silence(long attemptId, Duration ago) throws SQLException {
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minus(ago);
        try (var connection = TestDatabase.connect();
                var seen = connection.prepareStatement("UPDATE attempt SET last_seen_at = ? WHERE id = ?");
                var saved = connection.prepareStatement(
                        "UPDATE attempt_item SET saved_at = ? WHERE attempt_id = ? AND saved_at IS NOT NULL")) {
            seen.setObject(1, then);
            seen.setLong(2, attemptId);
            assertEquals(1, seen.executeUpdate());
            saved.setObject(1, then);
            saved.setLong(2, attemptId);
            assertEquals(2, saved.executeUpdate(), "the two saves");
        }
    }

    /** Runs the live view's five-second refresh now, and waits until its answer is in. */
    private static void refreshLiveView(Browser board) {
        board.script("PF('livePoll').cfg.fn();");
        wait(board).until(driver -> Boolean.TRUE.equals(board.script("return PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** The counts above the table, as one line. */
    private static String summary(Browser board) {
        return board.driver()
                .findElement(By.id("live:summary"))
                .getText()
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static WebDriverWait wait(Browser browser) {
        return new WebDriverWait(browser.driver(), LIVE);
    }

    private static String rowXpath(WrittenExam.Candidate candidate) {
        return "//tbody[@id='live:table_data']/tr[td[contains(., '" + candidate.number() + "')]]";
    }

    private static By row(WrittenExam.Candidate candidate) {
        return By.xpath(rowXpath(candidate));
    }

    private static By cell(WrittenExam.Candidate candidate, int column) {
        return By.xpath(rowXpath(candidate) + "/td[" + column + "]");
    }
}
