package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.examenkamer.shared.MomentText;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Inspection (inzage) in Chromium, as the two people involved do it: after publication the
 * candidate asks for it on their result page with a note, the board sees the request on the
 * session page and plans a window, and inside it the candidate reads their own exam: per question
 * their answer, the key, whether it scored, the rationale and the sources.
 */
@ExtendWith(ArquillianExtension.class)
class InzageBrowserIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    @Test
    void aCandidateAsksForInzageTheBoardPlansItAndTheCandidateReadsTheirExamWithTheKey() throws Exception {
        URI base = url.toURI();
        Deployments.requireHealthy(base);
        WrittenExam exam = WrittenExam.planNow(base);
        WrittenExam.Candidate anna = exam.enrolledCandidate();
        WrittenExam.Candidate absent = exam.enrolledCandidate();
        WrittenExam.Started annas = exam.start(anna);
        WrittenExamIT.answerRight(exam, annas, 25);
        assertEquals(200, exam.close().status());
        assertEquals(204, exam.publish().status());

        try (Browser candidate = Browser.open(base.toString())) {
            candidate.logIn(anna.account().username(), anna.account().password());
            candidate.go("/candidate/exam.xhtml?session=" + exam.code());
            candidate.waitFor(By.id("inzageForm:request"));
            candidate.type("inzageForm:note", "Ik wil vraag 26 nalezen");
            candidate.click("inzageForm:request");
            candidate.waitForText(By.id("inzageStateText"), "Aangevraagd op ");
            candidate.waitForText(By.tagName("body"), "Uw aanvraag voor inzage is ontvangen");
            assertTrue(
                    candidate.driver().findElements(By.id("inzageForm:request")).isEmpty(), "asked once, not twice");
            candidate.screenshot("inzage-requested");
        }

        try (Browser board = Browser.open(base.toString())) {
            board.logIn(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
            // the published session waits on the board's home page for its request to be planned
            WebElement task =
                    board.waitFor(By.xpath("//div[@id='writtenTasks']//li[contains(., '(" + exam.code() + ")')]"));
            assertTrue(task.getText().contains("1 inzageverzoek wacht op een moment."), task.getText());
            board.go("/board/sessions.xhtml");
            board.waitForText(sessionRow(exam), "1 inzage te plannen");
            board.go("/board/session.xhtml?code=" + exam.code());
            board.waitForText(By.id("inzageRequests:requests_data"), anna.number());
            String deadline = MomentText.of(
                    WrittenExamIT.publishedAt(exam).plus(Duration.ofDays(42)), ZoneId.of("Europe/Amsterdam"));
            String terms = board.driver().findElement(By.id("inzageTerms")).getText();
            assertTrue(
                    terms.startsWith("Kandidaten kunnen tot " + deadline + " inzage aanvragen.")
                            && terms.contains("ten hoogste 14 dagen"),
                    "the session's deadline and the scheme's longest window: " + terms);
            String row = board.driver()
                    .findElement(By.id("inzageRequests:requests_data"))
                    .getText();
            assertTrue(row.contains("Ik wil vraag 26 nalezen") && row.contains("Te plannen"), row);
            board.click("inzageRequests:requests:0:plan");
            board.waitFor(By.id("inzagePlan:date_input"));
            // the whole of today, so that the candidate can read at once
            replace(
                    board,
                    "inzagePlan:date_input",
                    LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString());
            replace(board, "inzagePlan:from_input", "00:00");
            replace(board, "inzagePlan:until_input", "23:59");
            board.screenshot("inzage-plan");
            board.click("inzagePlan:confirm");
            board.waitForText(By.tagName("body"), "De inzage van " + anna.number() + " is gepland van ");
            board.waitForText(By.id("inzageRequests:requests_data"), "Open");
            board.screenshot("inzage-planned");
            board.go("/board/sessions.xhtml");
            board.waitForText(sessionRow(exam), exam.code());
            assertTrue(
                    !board.driver().findElement(sessionRow(exam)).getText().contains("te plannen"),
                    "planned: nothing left to do for the board");
        }

        try (Browser candidate = Browser.open(base.toString())) {
            candidate.logIn(anna.account().username(), anna.account().password());
            candidate.go("/candidate/exam.xhtml?session=" + exam.code());
            candidate.waitForText(By.id("inzageStateText"), "Uw inzage is open tot ");
            candidate.click("readInzage");
            candidate.waitFor(By.id("item-40"));
            assertEquals(
                    "25 van 40 punten",
                    candidate.driver().findElement(By.id("inzageScore")).getText());
            List<WebElement> items = candidate.driver().findElements(By.cssSelector(".ek-inzage-item"));
            assertEquals(40, items.size());
            String first = candidate.driver().findElement(By.id("item-1")).getText();
            assertTrue(first.contains("Goed") && first.contains("uw antwoord") && first.contains("juist"), first);
            String last = candidate.driver().findElement(By.id("item-40")).getText();
            assertTrue(last.contains("Fout") && last.contains("juist") && !last.contains("uw antwoord"), last);
            String rationale = (String) TestDatabase.row(
                            "SELECT v.rationale FROM attempt_item a JOIN item_version v ON v.id = a.item_version_id"
                                    + " WHERE a.attempt_id = ? AND a.position = 40",
                            annas.attemptId())
                    .get("rationale");
            assertTrue(last.contains(rationale.strip().lines().findFirst().orElseThrow()), last);
            candidate.screenshot("inzage-read");
            candidate.driver().manage().window().setSize(new Dimension(820, 1180));
            candidate.driver().navigate().refresh();
            candidate.waitFor(By.id("item-40"));
            assertEquals(
                    Boolean.TRUE,
                    candidate.script("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "on a tablet the page does not scroll sideways");
        }

        try (Browser stayedAway = Browser.open(base.toString())) {
            stayedAway.logIn(absent.account().username(), absent.account().password());
            stayedAway.go("/candidate/exam.xhtml?session=" + exam.code());
            stayedAway.waitForText(By.id("missed"), "U bent niet aan dit examen begonnen voordat de zitting sloot.");
            assertTrue(
                    stayedAway
                            .driver()
                            .findElements(By.id("inzageForm:request"))
                            .isEmpty(),
                    "nothing to ask an inspection of");
        }
    }

    /** The session's row in the board's list of sessions. */
    private static By sessionRow(WrittenExam exam) {
        return By.xpath("//tbody[@id='sessions_data']/tr[.//a[text()='" + exam.code() + "']]");
    }

    /** Replaces what a date or time field holds (it comes filled in: clearing it would fill it again). */
    private static void replace(Browser browser, String id, String text) {
        WebElement field = browser.waitFor(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
    }
}
