package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.examenkamer.testing.Api;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A candidate's exam day in Chromium: start with the access code, answer forty items of both
 * kinds, flag and revisit one, lose the connection and get it back, close the browser, resume in a
 * new one with every answer and the right time left, hand in, and see the result per theme once the
 * board publishes.
 */
@ExtendWith(ArquillianExtension.class)
class ExamBrowserIT {

    private static final String SAVED = "Alle antwoorden opgeslagen";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    @Test
    void aCandidateTakesTheExamResumesOnAnotherBrowserHandsInAndSeesTheResult() throws Exception {
        URI base = url.toURI();
        Deployments.requireHealthy(base);
        WrittenExam exam = WrittenExam.planNow(base);
        String site = base.toString().replaceFirst("/$", "");
        Map<Integer, List<String>> chosen = new TreeMap<>();
        // the bank has few multiple-response items: a candidate whose form has none among the items
        // answered here is replaced by the next, so the test always answers both kinds
        WrittenExam.Candidate candidate = null;
        Browser browser = null;
        for (int tries = 0; tries < 10 && candidate == null; tries++) {
            WrittenExam.Candidate next = exam.enrolledCandidate();
            browser = Browser.open(site);
            browser.logIn(next.account().username(), next.account().password());
            browser.click("exams:0:open");
            if (tries == 0) {
                browser.waitForText(By.id("yourTime"), "U hebt 90 minuten vanaf het moment dat u start.");
                browser.type("start:accessCode", "WRONG123");
                browser.click("start:startExam");
                browser.waitForText(By.tagName("body"), "De toegangscode klopt niet");
            }
            browser.type("start:accessCode", exam.accessCode());
            browser.click("start:startExam");
            browser.waitFor(By.id("item-1"));
            if (WrittenExam.multipleResponseBefore(attemptOf(exam, next), 40)) {
                candidate = next;
            } else {
                browser.close();
            }
        }
        assertTrue(candidate != null, "ten forms without a multiple-response item");

        try {
            browser.screenshot("exam-started");
            browser.assertNoAccessibilityViolations("the exam page");
            // on the first question there is no previous one: the button says so, also to the eye
            assertButtonOff(browser, "previous", true);
            assertButtonOff(browser, "next", false);
            boolean sawMultiple = false;
            for (int position = 1; position <= 39; position++) {
                WebElement item = browser.waitFor(By.id("item-" + position));
                boolean multiple = "MULTIPLE".equals(item.getAttribute("data-type"));
                sawMultiple |= multiple;
                assertOptionControlsAlike(browser, position);
                List<String> answer = new ArrayList<>();
                answer.add(choose(browser, position, "A"));
                if (multiple) {
                    answer.add(choose(browser, position, "C"));
                }
                chosen.put(position, sorted(answer));
                browser.click("next");
            }
            assertTrue(sawMultiple, "the form has multiple-response items");
            browser.waitFor(By.id("item-40"));
            assertButtonOff(browser, "next", true);
            assertButtonOff(browser, "previous", false);

            // flag item 3, move on, come back through the overview and change the answer
            browser.click("goto-3");
            browser.click("flag");
            browser.click("goto-12");
            browser.waitFor(By.id("item-12"));
            assertTrue(browser.driver()
                    .findElement(By.id("goto-3"))
                    .getAttribute("class")
                    .contains("flagged"));
            browser.click("goto-3");
            browser.waitFor(By.id("item-3"));
            if ("MULTIPLE".equals(browser.driver().findElement(By.id("item-3")).getAttribute("data-type"))) {
                choose(browser, 3, "A"); // unticks A
                chosen.put(3, sorted(List.of(label(browser, 3, "C"))));
            } else {
                chosen.put(3, List.of(choose(browser, 3, "B")));
            }
            browser.waitForText(By.id("saveState"), SAVED);

            // the connection drops: the page says so and keeps the answer; it returns: the answer is sent
            HasNetworkConditions network = (HasNetworkConditions) browser.driver();
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            network.setNetworkConditions(offline);
            browser.click("goto-39");
            browser.waitFor(By.id("item-39"));
            String before = chosen.get(39).get(0);
            String other = "A".equals(letterOf(browser, 39, before)) ? "B" : "A";
            if ("MULTIPLE".equals(browser.driver().findElement(By.id("item-39")).getAttribute("data-type"))) {
                choose(browser, 39, "A"); // unticks A
                chosen.put(39, sorted(List.of(label(browser, 39, "C"))));
            } else {
                chosen.put(39, List.of(choose(browser, 39, other)));
            }
            browser.waitForText(By.id("saveState"), "Geen verbinding");
            browser.screenshot("exam-offline");
            // the proctor gives ten minutes for the outage; the page hears of it once it is back
            Api.Response given = TestAccounts.board(base)
                    .post(
                            "/api/v1/exam-sessions/" + exam.code() + "/candidates/" + candidate.number()
                                    + "/extra-time",
                            "{\"minutes\":10,\"reason\":\"Verbinding weggevallen\"}");
            assertEquals(200, given.status(), given.body());
            network.deleteNetworkConditions();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("saveState")).getText().contains(SAVED));
            browser.waitForText(By.id("timeNotice"), "U hebt 10 minuten extra tijd gekregen");
            String timerNow = browser.driver().findElement(By.id("timer")).getText();
            assertTrue(timerNow.matches("1:[34]\\d:\\d\\d"), "90 minutes and 10 extra, a few gone: " + timerNow);
        } finally {
            browser.close();
        }
        assertEquals(chosen, storedAnswers(exam), "every answer reached the server");

        // the candidate resumes on a tablet
        try (Browser second = Browser.open(site, new Dimension(820, 1180))) {
            second.logIn(candidate.account().username(), candidate.account().password());
            second.go("/candidate/exam.xhtml?session=" + exam.code());
            second.waitFor(By.id("item-1"));
            assertEquals(chosen, answersOnPage(second), "the new browser shows every saved answer");
            assertQuestionFitsTheScreen(second);
            second.driver().manage().window().setSize(new Dimension(390, 844));
            assertQuestionFitsTheScreen(second);
            second.driver().manage().window().setSize(new Dimension(820, 1180));
            assertTrue(second.driver()
                    .findElement(By.id("goto-3"))
                    .getAttribute("class")
                    .contains("flagged"));

            long remainingOnPage =
                    Long.parseLong(second.driver().findElement(By.id("exam")).getAttribute("data-remaining"));
            long remainingOnServer = Duration.between(
                            Instant.now(), WrittenExam.storedDeadline(attemptOf(exam, candidate)))
                    .toSeconds();
            assertTrue(
                    Math.abs(remainingOnPage - remainingOnServer) <= 5,
                    "page " + remainingOnPage + " s, server " + remainingOnServer + " s");
            assertTrue(remainingOnPage > 80 * 60, "the same deadline, not a new one: " + remainingOnPage);
            String timer = second.driver().findElement(By.id("timer")).getText();
            assertTrue(timer.matches("(8\\d|9\\d|1:\\d\\d):\\d\\d"), timer);

            // the hand-in dialog names the open and the flagged questions, and leads back to them
            second.click("submitExam");
            second.waitForText(By.id("unansweredList"), "Nog niet beantwoord (1):");
            assertEquals("40", second.waitFor(By.id("unansweredList-40")).getText());
            second.waitForText(By.id("flaggedList"), "Gemarkeerd om na te kijken (1):");
            assertEquals("Naar vraag 3", second.waitFor(By.id("flaggedList-3")).getAttribute("aria-label"));
            second.screenshot("exam-submit-dialog");
            second.click("flaggedList-3");
            new WebDriverWait(second.driver(), Duration.ofSeconds(10))
                    .withMessage("the dialog closed and question 3 is shown")
                    .until(d -> d.findElement(By.id("item-3")).isDisplayed()
                            && !d.findElement(By.id("confirmSubmit")).isDisplayed());
            // on a phone the dialog, and its buttons, are on the screen
            second.driver().manage().window().setSize(new Dimension(390, 844));
            second.click("submitExam");
            second.waitFor(By.id("unansweredList-40"));
            assertWithinTheWindow(second, "submitDialog");
            assertWithinTheWindow(second, "confirmSubmit");
            second.click("confirmSubmit");
            second.waitForText(By.id("endedState"), "U hebt het examen ingeleverd.");
            second.driver().manage().window().setSize(new Dimension(820, 1180));
            String receipt = second.driver().findElement(By.id("receipt")).getText();
            assertTrue(
                    receipt.matches(
                            "Vastgelegd op \\d{4}-\\d{2}-\\d{2} om \\d{2}:\\d{2}: 39 van de 40 vragen beantwoord\\."),
                    "the candidate's receipt names when and how many answers were kept: " + receipt);
            assertFalse(second.driver().getPageSource().contains("themeScores"), "no result before publication");
            // the home page leads back to the receipt until the result is there
            second.go("/candidate/index.xhtml");
            WebElement toReceipt = second.waitFor(By.id("exams:0:open"));
            assertEquals("Bevestiging van inleveren", toReceipt.getText());
            toReceipt.click();
            second.waitForText(By.id("receipt"), "39 van de 40 vragen beantwoord.");

            assertEquals(200, exam.close().status());
            assertEquals(204, exam.publish().status());
            second.go("/candidate/exam.xhtml?session=" + exam.code());
            WebElement grade = second.waitFor(By.id("grade"));
            Map<String, Object> scored = TestDatabase.row(
                    "SELECT a.grade, a.raw_score, a.passed FROM attempt a JOIN exam_session s ON s.id = a.session_id"
                            + " JOIN enrolment e ON e.id = a.enrolment_id JOIN candidate c ON c.id = e.candidate_id"
                            + " WHERE s.code = ? AND c.candidate_number = ?",
                    exam.code(),
                    candidate.number());
            assertEquals(
                    WrittenExam.gradeAsShown(scored.get("grade")),
                    grade.getText(),
                    "the grade with a decimal comma, as the Dutch page writes numbers");
            String themes = second.driver().findElement(By.id("themeScores")).getText();
            for (String theme : List.of("Wettelijk kader", "Arbeid en gezondheid", "Arbeid en organisatie")) {
                assertTrue(themes.toLowerCase().contains(theme.toLowerCase()), themes);
            }
            assertTrue(second.driver()
                    .findElement(By.id("score"))
                    .getText()
                    .startsWith(scored.get("raw_score") + " van 40"));
            assertEquals(
                    "26 van 40 punten (65 %)",
                    second.driver().findElement(By.id("cutScore")).getText(),
                    "the cut score the candidate was held to");
            second.screenshot("exam-result");
        }
    }

    @Test
    void aCandidateIsToldWhenTimeRunsShortAndWhenTheBoardClosesTheSession() throws Exception {
        URI base = url.toURI();
        Deployments.requireHealthy(base);
        Instant now = Instant.now();
        WrittenExam exam = WrittenExam.plan(base, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(1)), 5);
        WrittenExam.Candidate candidate = exam.enrolledCandidate();
        try (Browser browser = Browser.open(base.toString().replaceFirst("/$", ""))) {
            browser.logIn(candidate.account().username(), candidate.account().password());
            browser.click("exams:0:open");
            browser.type("start:accessCode", exam.accessCode());
            browser.click("start:startExam");
            browser.waitFor(By.id("item-1"));
            browser.waitForText(By.id("timeNotice"), "Nog 5 minuten.");
            browser.screenshot("exam-time-warning");
            assertEquals(
                    "status",
                    browser.driver().findElement(By.id("timeNotice")).getAttribute("role"),
                    "read out by a screen reader without taking the focus");
            assertTrue(
                    browser.driver()
                            .findElement(By.cssSelector(".ek-timer"))
                            .getAttribute("class")
                            .contains("ek-timer-low"),
                    "the clock turns red in the last five minutes");
            browser.assertNoAccessibilityViolations("the exam page with a time warning");

            // the board closes the session early: the next save says so, not that time ran out
            assertEquals(200, exam.close().status());
            choose(browser, 1, "A");
            browser.waitForText(By.id("saveState"), "De examencommissie heeft de zitting gesloten");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.id("endedState")).size() == 1);
            assertEquals(
                    "De examencommissie heeft de zitting gesloten; uw opgeslagen antwoorden zijn ingeleverd.",
                    browser.driver().findElement(By.id("endedState")).getText(),
                    "and the page it reloads into says the same");
        }
    }

    /** Clicks the option shown with this letter at a position; returns the option's own label. */
    private static String choose(Browser browser, int position, String letter) {
        String id = "option-" + position + "-" + letter;
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id(id)).isDisplayed());
        browser.driver().findElement(By.id(id)).click();
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    /** A long option text once squeezed its radio button to half the size of the others. */
    private static void assertOptionControlsAlike(Browser browser, int position) {
        Object sizes = browser.script("return Array.from(document.querySelectorAll('#item-" + position
                + " .ek-options input')).map(function (i) { var r = i.getBoundingClientRect();"
                + " return Math.round(r.width) + 'x' + Math.round(r.height); });");
        List<?> distinct = ((List<?>) sizes).stream().distinct().toList();
        assertEquals(1, distinct.size(), "item " + position + ": every option's control the same size: " + sizes);
    }

    private static String label(Browser browser, int position, String letter) {
        return browser.driver()
                .findElement(By.id("option-" + position + "-" + letter))
                .getAttribute("value");
    }

    private static String letterOf(Browser browser, int position, String label) {
        for (String letter : List.of("A", "B", "C", "D", "E", "F")) {
            List<WebElement> option = browser.driver().findElements(By.id("option-" + position + "-" + letter));
            if (!option.isEmpty() && label.equals(option.get(0).getAttribute("value"))) {
                return letter;
            }
        }
        throw new AssertionError("no option " + label + " at " + position);
    }

    private static List<String> sorted(List<String> labels) {
        return labels.stream().sorted().toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, List<String>> answersOnPage(Browser browser) {
        List<String> rows = (List<String>)
                browser.script("return Array.from(document.querySelectorAll('section.ek-item')).map(function (s) {"
                        + " return s.dataset.position + '=' + Array.from(s.querySelectorAll('input:checked'))"
                        + ".map(function (i) { return i.value; }).sort().join(','); });");
        Map<Integer, List<String>> answers = new TreeMap<>();
        for (String row : rows) {
            String[] parts = row.split("=", -1);
            if (!parts[1].isEmpty()) {
                answers.put(Integer.parseInt(parts[0]), List.of(parts[1].split(",")));
            }
        }
        return answers;
    }

    private static Map<Integer, List<String>> storedAnswers(WrittenExam exam) throws Exception {
        Map<Integer, List<String>> answers = new TreeMap<>();
        for (Map<String, Object> row : TestDatabase.rows(
                "SELECT i.position, i.answer FROM attempt_item i JOIN attempt a ON a.id = i.attempt_id"
                        + " JOIN exam_session s ON s.id = a.session_id WHERE s.code = ? AND i.answer IS NOT NULL",
                exam.code())) {
            answers.put(((Number) row.get("position")).intValue(), List.of(((String) row.get("answer")).split(",")));
        }
        return answers;
    }

    private static long attemptOf(WrittenExam exam, WrittenExam.Candidate candidate) throws Exception {
        return ((Number) TestDatabase.row(
                                "SELECT a.id FROM attempt a JOIN exam_session s ON s.id = a.session_id"
                                        + " JOIN enrolment e ON e.id = a.enrolment_id"
                                        + " JOIN candidate c ON c.id = e.candidate_id"
                                        + " WHERE s.code = ? AND c.candidate_number = ?",
                                exam.code(),
                                candidate.number())
                        .get("id"))
                .longValue();
    }

    private static void assertWithinTheWindow(Browser browser, String id) {
        List<?> at = (List<?>) browser.script("var r = document.getElementById('" + id + "').getBoundingClientRect();"
                + " return [Math.round(r.left), Math.round(r.right), document.documentElement.clientWidth];");
        long left = ((Number) at.get(0)).longValue();
        long right = ((Number) at.get(1)).longValue();
        long window = ((Number) at.get(2)).longValue();
        assertTrue(
                left >= 0 && right <= window,
                id + " from " + left + " to " + right + " px in a " + window + " px window");
    }

    /** The question, its case and its options wrap within the window: nothing to scroll sideways for. */
    private static void assertQuestionFitsTheScreen(Browser browser) {
        List<?> at = (List<?>) browser.script("var item = document.getElementById('item-1').getBoundingClientRect();"
                + " return [document.documentElement.scrollWidth, window.innerWidth, Math.round(item.right)];");
        long page = ((Number) at.get(0)).longValue();
        long window = ((Number) at.get(1)).longValue();
        long itemRight = ((Number) at.get(2)).longValue();
        assertTrue(
                page <= window && itemRight <= window,
                "at " + browser.driver().manage().window().getSize() + " the exam is " + page
                        + " px wide and its question ends at " + itemRight + " px in a " + window + " px window");
    }

    /**
     * Whether the button is off, and looks it: a button that looks pressable but does nothing misleads.
     * The theme fades a button in over a short transition, so the look is read once it has settled.
     */
    private static void assertButtonOff(Browser browser, String id, boolean off) {
        WebElement button = browser.driver().findElement(By.id(id));
        assertEquals(off, !button.isEnabled(), id + " enabled: " + button.isEnabled());
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .withMessage(() -> id + " opacity " + button.getCssValue("opacity") + ", off: " + off)
                .until(d -> off == Double.parseDouble(button.getCssValue("opacity")) < 0.75);
    }
}
