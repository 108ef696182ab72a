package nl.examenkamer.shared.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.util.List;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A mail the outbox gave up on does not go unnoticed: the board's home page says so, the outbox
 * page lists it first with its last error, and the board has it tried again (audited). Three days
 * of failures are not waited for: the test sets an enrolment mail's row to what they leave.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

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
    void theBoardSeesAMailGivenUpOnAndHasItTriedAgain() throws Exception {
        WrittenExam.Candidate candidate = WrittenExam.planNow(base).enrolledCandidate();
        long id = givenUp(candidate, "550 5.2.2 Mailbox full");
        Api board = TestAccounts.board(base);

        JsonObject undelivered = board.get("/api/v1/mail/undelivered").json();
        assertTrue(undelivered.getJsonObject("counts").getInt("GIVEN_UP") >= 1, undelivered.toString());
        List<JsonObject> mails = undelivered.getJsonArray("mails").getValuesAs(JsonObject.class);
        int mine = indexOf(mails, id);
        assertTrue(mine >= 0, "listed: " + undelivered);
        assertTrue(
                mails.subList(0, mine).stream()
                        .allMatch(mail -> mail.getString("state").equals("GIVEN_UP")),
                "given up first");
        JsonObject listed = mails.get(mine);
        assertEquals("GIVEN_UP", listed.getString("state"));
        assertEquals("550 5.2.2 Mailbox full", listed.getString("lastError"));
        assertTrue(listed.getString("subject").startsWith("Inschrijving "), listed.toString());
        assertTrue(!listed.containsKey("body"), "the board's list carries no mail's text");
        assertEquals(403, candidate.api(base).get("/api/v1/mail/undelivered").status(), "the board's alone");

        Api.Response tried = board.post("/api/v1/mail/" + id + "/try-again", "");
        assertEquals(200, tried.status(), tried.body());
        assertEquals("RETRYING", tried.json().getString("state"));
        assertNotNull(TestDatabase.row("SELECT retry_from FROM mail_outbox WHERE id = ?", id)
                .get("retry_from"));
        Api.Response again = board.post("/api/v1/mail/" + id + "/try-again", "");
        assertEquals(409, again.status(), again.body());
        assertEquals("mail.tryAgain.notGivenUp", again.json().getString("code"));
        assertEquals(404, board.post("/api/v1/mail/999999999/try-again", "").status());
        JsonObject audit = board.get("/api/v1/audit?action=mail.tried-again&objectId=" + id)
                .json();
        assertEquals(1, audit.getInt("total"), audit.toString());
        assertEquals(
                TestAccounts.BOARD_USERNAME,
                audit.getJsonArray("entries").getJsonObject(0).getString("actor"));
    }

    @Test
    void theBoardsHomePageLeadsToTheMailGivenUpOnWhichIsTriedAgainFromItsPage() throws Exception {
        WrittenExam exam = WrittenExam.planNow(base);
        WrittenExam.Candidate candidate = exam.enrolledCandidate();
        WrittenExam.Candidate later = exam.enrolledCandidate();
        long id = givenUp(candidate, "Couldn't connect to host, port: smtp.example.org, 25; timeout 10000");
        String recipient = recipientOf(id);
        try (Browser browser = Browser.open(base.toString())) {
            browser.logIn(TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
            browser.waitForText(By.id("mailGivenUp"), "na drie dagen proberen niet bezorgd");
            browser.click("toUndelivered");
            By row = By.xpath("//tbody[@id='mail:undelivered_data']/tr[td[contains(., '" + recipient + "')]]");
            browser.waitForText(row, "Opgegeven");
            assertTrue(
                    browser.driver().findElement(row).getText().contains("smtp.example.org"),
                    "with its last error: " + browser.driver().findElement(row).getText());
            browser.assertNoAccessibilityViolations("/board/mail.xhtml");
            // while the page is open, a newer mail is given up on and would now stand at this row
            long newer = givenUp(later, "550 5.1.1 User unknown");
            browser.driver()
                    .findElement(By.xpath("//tbody[@id='mail:undelivered_data']/tr[td[contains(., '" + recipient
                            + "')]]//button[contains(@id, 'tryAgain')]"))
                    .click();
            browser.waitForText(
                    By.cssSelector(".ui-growl"), "De e-mail aan " + recipient + " wordt nu opnieuw verzonden.");
            browser.waitForText(row, "Wordt opnieuw geprobeerd");
            assertEquals(
                    0,
                    TestAccounts.board(base)
                            .get("/api/v1/audit?action=mail.tried-again&objectId=" + newer)
                            .json()
                            .getInt("total"),
                    "the button acted on the mail it was shown with");
        }
        assertEquals(
                1,
                TestAccounts.board(base)
                        .get("/api/v1/audit?action=mail.tried-again&objectId=" + id)
                        .json()
                        .getInt("total"));
    }

    /** The candidate's enrolment mail as three days of failures leave it (the version moves, as the outbox's does). */
    private static long givenUp(WrittenExam.Candidate candidate, String error) throws Exception {
        String email =
                (String) TestDatabase.row("SELECT email FROM candidate WHERE candidate_number = ?", candidate.number())
                        .get("email");
        long id = ((Number) TestDatabase.row("SELECT id FROM mail_outbox WHERE recipient = ?", email)
                        .get("id"))
                .longValue();
        try (var connection = TestDatabase.connect();
                var update = connection.prepareStatement("UPDATE mail_outbox SET sent_at = NULL, attempts = 40,"
                        + " next_attempt_at = NULL, last_error = ?, version = version + 1 WHERE id = ?")) {
            update.setString(1, error);
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
        return id;
    }

    private static String recipientOf(long id) throws Exception {
        return (String) TestDatabase.row("SELECT recipient FROM mail_outbox WHERE id = ?", id)
                .get("recipient");
    }

    private static int indexOf(List<JsonObject> mails, long id) {
        for (int index = 0; index < mails.size(); index++) {
            if (mails.get(index).getJsonNumber("id").longValue() == id) {
                return index;
            }
        }
        return -1;
    }
}
