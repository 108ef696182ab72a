package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.examenkamer.testing.Api;
import nl.examenkamer.testing.Deployments;
import nl.examenkamer.testing.FormSession;
import nl.examenkamer.testing.OralExamSetup;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.TestDatabase;
import nl.examenkamer.testing.TestMailServer;
import nl.examenkamer.testing.TrainingProvider;
import nl.examenkamer.testing.WrittenExam;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Oral exams against the running application: planning refused with its reasons, the three
 * invitations with their calendar event (planned, rescheduled, cancelled) read back from an SMTP
 * server in this JVM, what an examiner may not see or change, and the board's audited correction.
 */
@ExtendWith(ArquillianExtension.class)
class OralExamIT {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 9);
    private static TestMailServer mail;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    private URI base;
    private OralExamSetup oral;
    private List<Long> rooms;

    @BeforeAll
    static void mailServer() {
        mail = TestMailServer.start();
    }

    @AfterAll
    static void stopMailServer() {
        mail.close();
    }

    @BeforeEach
    void anExamDay() throws Exception {
        base = url.toURI();
        Deployments.requireHealthy(base);
        oral = new OralExamSetup(base);
        rooms = oral.day(DAY, "Zaal 1", "Zaal 2");
    }

    @Test
    void planningInvitesAllThreeAndEveryChangeUpdatesTheSameCalendarEvent() throws Exception {
        WrittenExam.Candidate candidate = eligibleCandidate();
        OralExamSetup.Examiner chair = examiner("Anna Voorzitter");
        OralExamSetup.Examiner second = examiner("Bram Tweede");
        String candidateEmail = email(candidate.number());
        // Bram reads Examenkamer in English, as the language switch stores it for him
        TestDatabase.update("UPDATE account SET preferred_language = 'en' WHERE username = ?", second.username());

        long examId = oral.planned(candidate.number(), "RCCM", rooms.get(0), DAY + "T09:00", chair, second);

        List<Invitation> planned = invitations(List.of(candidateEmail, chair.email(), second.email()), 1);
        for (Invitation invitation : planned) {
            assertEquals(
                    "REQUEST",
                    invitation.mimeMethod(),
                    "the MIME part says METHOD=REQUEST: " + invitation.contentType());
            assertEquals("REQUEST", invitation.method());
            assertEquals("0", invitation.sequence());
            // 09:00 in Amsterdam in March (winter time) is 08:00 UTC; 60 min exam + 15 min deliberation.
            assertEquals("20270309T080000Z", invitation.start());
            assertEquals("20270309T091500Z", invitation.end());
            assertEquals(3, invitation.attendees().size());
        }
        String uid = planned.get(0).uid();
        assertTrue(planned.stream().allMatch(i -> i.uid().equals(uid)), "one event for all three");
        assertTrue(planned.get(0).attendees().contains("mailto:" + candidateEmail));
        assertTrue(
                planned.get(0).subject().startsWith("Uitnodiging mondeling examen, dinsdag 9 maart 2027 om 09:00"),
                planned.get(0).subject());
        assertEquals(
                "Invitation oral exam, Tuesday 9 March 2027 at 09:00",
                planned.get(2).subject(),
                "Bram's in his own language, for the same event");
        // each mail ends with the page its reader acts on, under the address the operator configured
        assertEquals(
                "https://examens.example.org/candidate/index.xhtml",
                planned.get(0).link());
        assertEquals(
                "https://examens.example.org/examiner/oral.xhtml?id=" + examId,
                planned.get(1).link());

        String placement = "/api/v1/oral-exams/" + examId + "/placement";
        String rest = ",\"start\":\"" + DAY + "T13:30\",\"chair\":\"" + chair.username() + "\",\"second\":\""
                + second.username() + "\",\"reason\":\"Kandidaat kan in de ochtend niet\"}";
        Api.Response fraction = TestAccounts.board(base).put(placement, "{\"roomId\":" + rooms.get(1) + ".5" + rest);
        assertEquals(
                400, fraction.status(), "a room id with a fraction is not cut to another room: " + fraction.body());
        Api.Response noRoom = TestAccounts.board(base).put(placement, "{" + rest.substring(1));
        assertEquals(422, noRoom.status(), noRoom.body());
        assertEquals("field.required", noRoom.json().getString("code"));
        Api.Response twoWrong = TestAccounts.board(base)
                .put(placement, "{\"start\":\"9 maart 13.30\",\"reason\":\"Kandidaat kan in de ochtend niet\"}");
        assertEquals(422, twoWrong.status(), twoWrong.body());
        assertEquals(
                List.of("roomId", "start"),
                twoWrong.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(error -> error.getString("field"))
                        .toList(),
                "both wrong fields in one answer: " + twoWrong.body());
        assertTrue(
                twoWrong.json()
                        .getJsonArray("errors")
                        .getJsonObject(1)
                        .getString("message")
                        .contains("'9 maart 13.30'"),
                twoWrong.body());

        Api.Response moved =
                move(examId, rooms.get(1), DAY + "T13:30", chair, second, "Kandidaat kan in de ochtend niet");
        assertEquals(200, moved.status(), moved.body());
        List<Invitation> updated = invitations(List.of(candidateEmail, chair.email(), second.email()), 2);
        for (Invitation invitation : updated) {
            assertEquals(uid, invitation.uid(), "the update replaces the same event");
            assertEquals("1", invitation.sequence(), "a higher SEQUENCE");
            assertEquals("REQUEST", invitation.mimeMethod());
            assertEquals("20270309T123000Z", invitation.start());
        }

        Api.Response cancelled = TestAccounts.board(base)
                .post("/api/v1/oral-exams/" + examId + "/cancellation", "{\"reason\":\"Kandidaat trekt zich terug\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        List<Invitation> cancellations = invitations(List.of(candidateEmail, chair.email(), second.email()), 3);
        for (Invitation invitation : cancellations) {
            assertEquals(uid, invitation.uid());
            assertEquals("CANCEL", invitation.method());
            assertEquals("CANCEL", invitation.mimeMethod());
            assertEquals("2", invitation.sequence());
            assertEquals("CANCELLED", invitation.status());
        }
        assertEquals(
                "https://examens.example.org/examiner/index.xhtml",
                cancellations.get(2).link(),
                "an exam called off is no longer the examiner's to open");

        List<String> history = TestAccounts.board(base)
                .get("/api/v1/oral-exams/" + examId + "/history")
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .map(change -> change.getString("kind"))
                .toList();
        assertEquals(
                List.of("PLANNED", "RESCHEDULED", "CANCELLED"), history, "rescheduling and cancelling keep a history");
        assertEquals(
                409,
                TestAccounts.board(base)
                        .post("/api/v1/oral-exams/" + examId + "/cancellation", "{\"reason\":\"nog eens\"}")
                        .status(),
                "a cancelled exam stays cancelled");
    }

    @Test
    void thePlannerRefusesWithEveryReasonAndStoresNothing() throws Exception {
        TrainingProvider provider = TrainingProvider.create(base);
        String number = provider.candidate(TestAccounts.unique("Joke Opleiding"));
        provider.module("AG-1", "arbeid-en-gezondheid", "6", "10");
        Api.Response hours =
                provider.uploadCsv("row_id,candidate_number,module_code,date,contact_hours,study_load_hours\nR1,"
                        + number + ",AG-1,2026-03-12,6,10\n");
        assertEquals(201, hours.status(), hours.body());
        OralExamSetup.Examiner linked = oral.examiner("Cees Opleider", List.of("RCCM"), List.of(provider.code()), DAY);
        OralExamSetup.Examiner away = oral.examiner("Dirk Afwezig", List.of("RCCM"), List.of());

        Api.Response refused = oral.plan(number, "RCCM", rooms.get(0), DAY + "T09:00", linked, away);

        assertEquals(422, refused.status(), refused.body());
        List<String> rules = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
        assertTrue(rules.contains("oral.rule.candidateNotEligible"), rules.toString());
        assertTrue(rules.contains("oral.rule.examinerNotAvailable"), rules.toString());
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("Dirk Afwezig is niet beschikbaar op 2027-03-09"), detail);
        assertTrue(detail.contains("nog niet toegelaten"), detail);
        assertTrue(rules.contains("oral.rule.examinerLinkedToProvider"), rules.toString());
        assertEquals(0L, count("SELECT COUNT(*) FROM oral_exam WHERE candidate_number = ?", number));
        assertEquals(0L, count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", linked.email()));
    }

    @Test
    void anExamDayNamesTheExaminersWhoCanExamineOnItsDate() {
        LocalDate date = LocalDate.of(2031, 1, 7); // no other test's date: nobody has answered for it
        oral.day(date, "Zaal 1");
        assertEquals(List.of(), availableOn(date), "nobody yet, which the planning page warns about");
        // an examiner the board has given no title is not asked, so their home page does not say the board waits
        TestAccounts.Credentials untitled = TestAccounts.create(base, "EXAMINER");
        assertFalse(FormSession.loggedIn(base, untitled.username(), untitled.password())
                .get("/examiner/index.xhtml")
                .body()
                .contains("id=\"unansweredDays\""));
        // the board's home page counts the accounts it still has to give a title, until it does
        int withoutTitle = examinersWithoutTitle();
        assertTrue(withoutTitle >= 1, "at least the one just made");
        assertEquals(
                200,
                TestAccounts.board(base)
                        .put(
                                "/api/v1/oral-planning/examiners/" + untitled.username(),
                                "{\"titles\":[\"RCCM\"],\"providerCodes\":[]}")
                        .status());
        assertEquals(withoutTitle - 1, examinersWithoutTitle(), "one title given");
        assertTrue(
                boardHomeSection("oralDaysWithoutAPair").contains(date + " · Utrecht, Examenkamer"),
                "a day nobody can examine on is a task on the board's home page");
        OralExamSetup.Examiner available =
                oral.examiner(TestAccounts.unique("Els Beschikbaar"), List.of("RCCM"), List.of(), date);
        oral.examiner(TestAccounts.unique("Fer Elders"), List.of("RCCM"), List.of(), date.plusDays(1));
        assertEquals(List.of(available.name()), availableOn(date), "only who gave that date");
        // one examiner cannot hold an exam: the board's home page lists the day until a second one comes
        assertTrue(boardHomeSection("oralDaysWithoutAPair").contains(date + " · Utrecht, Examenkamer"), "one of two");
        // the task says whether asking can still bring someone: the newly titled account has not answered
        String section = boardHomeSection("oralDaysWithoutAPair");
        String task = section.substring(section.indexOf(date.toString()));
        task = task.substring(0, task.indexOf("</li>"));
        assertTrue(
                task.contains("Pas 1 examinator beschikbaar, ")
                        && task.contains(" nog niet geantwoord: vraag de examinatoren of plan de dag anders."),
                task);
        OralExamSetup.Examiner second =
                oral.examiner(TestAccounts.unique("Gert Ook"), List.of("RCCM"), List.of(), date);
        assertFalse(boardHomeSection("oralDaysWithoutAPair").contains(date.toString()), "a pair can come");
        // an examiner whose account is blocked cannot log in to score: the day lacks a pair again
        assertEquals(
                200,
                TestAccounts.board(base)
                        .post(
                                "/api/v1/accounts/" + second.username() + "/deactivation",
                                "{\"reason\":\"Gestopt als examinator\"}")
                        .status());
        assertEquals(List.of(available.name()), availableOn(date), "only who can log in");
        assertTrue(boardHomeSection("oralDaysWithoutAPair").contains(date.toString()), "one of two again");
    }

    @Test
    void theBoardAsksTheExaminersWhoHaveNotGivenTheDateAndRemindsOnlyThoseStillSilent() throws Exception {
        LocalDate date = LocalDate.of(2031, 2, 4); // no other test's date
        long dayId = dayId(oral.day(date, "Zaal 1").get(0));
        OralExamSetup.Examiner silent = oral.examiner(TestAccounts.unique("Gijs Stil"), List.of("RCCM"), List.of());
        OralExamSetup.Examiner declining = oral.examiner(TestAccounts.unique("Joke Nee"), List.of("RCCM"), List.of());
        OralExamSetup.Examiner answered =
                oral.examiner(TestAccounts.unique("Hanna Gegeven"), List.of("RCCM"), List.of(), date);
        Api board = TestAccounts.board(base);
        String asking = "/api/v1/oral-planning/days/" + dayId + "/availability-requests";

        List<String> notAnsweredBefore = namesOn(date, "notAnswered");
        assertTrue(
                notAnsweredBefore.containsAll(List.of(silent.name(), declining.name()))
                        && !notAnsweredBefore.contains(answered.name()),
                "the day names who has not answered: " + notAnsweredBefore);
        int silentBefore = notAnsweredBefore.size();
        Api.Response asked = board.post(asking, "");
        assertEquals(200, asked.status(), asked.body());
        assertTrue(asked.json().getInt("asked") >= 2, asked.body());
        assertEquals(silentBefore, asked.json().getInt("asked"), "the day counts the examiners a request mails");
        MimeMessage question = mail.first(silent.email());
        assertEquals("Examendag dinsdag 4 februari 2031: op welke dagdelen kunt u examineren?", question.getSubject());
        String body = TestMailServer.text(question);
        assertTrue(body.startsWith("Beste " + silent.name() + ","), body);
        assertTrue(body.contains("op dinsdag 4 februari 2031 mondelinge examens (Utrecht, Examenkamer)"), body);
        assertTrue(body.strip().endsWith("\nhttps://examens.example.org/examiner/index.xhtml#availability"), body);
        assertNotNull(
                board.get("/api/v1/oral-planning/days?from=" + date)
                        .array()
                        .getJsonObject(0)
                        .getString("examinersAskedAt"),
                "the day says when its examiners were asked");

        // Joke answers she cannot come: an answer, not silence
        Api.Response no = declining
                .api(base)
                .put("/api/v1/me/examiner/availability", "{\"from\":\"" + date + "\",\"until\":\"" + date + "\"}");
        assertEquals(200, no.status(), no.body());
        JsonObject herDay = declining.api(base).get("/api/v1/me/examiner/exam-days").array().stream()
                .map(JsonObject.class::cast)
                .filter(examDay -> examDay.getString("date").equals(date.toString()))
                .findFirst()
                .orElseThrow();
        assertTrue(herDay.getBoolean("answered"), herDay.toString());
        assertEquals(0, herDay.getJsonArray("available").size(), herDay.toString());
        List<String> notAnsweredAfterNo = namesOn(date, "notAnswered");
        assertEquals(silentBefore - 1, notAnsweredAfterNo.size(), "a no is an answer");
        assertFalse(notAnsweredAfterNo.contains(declining.name()), notAnsweredAfterNo.toString());
        // the board sees who cannot come, so it does not ask her again by phone either
        assertEquals(List.of(declining.name()), namesOn(date, "declined"), "who gave a part has not declined");
        // Gijs answers; asked again, nobody who answered is mailed, Gijs not a second time either
        Api.Response declared = silent.api(base)
                .put(
                        "/api/v1/me/examiner/availability",
                        "{\"from\":\"" + date + "\",\"until\":\"" + date + "\",\"available\":[{\"day\":\"" + date
                                + "\",\"part\":\"MORNING\"}]}");
        assertEquals(200, declared.status(), declared.body());
        assertEquals(200, board.post(asking, "").status());
        OralExamSetup.Examiner later = oral.examiner(TestAccounts.unique("Ilse Later"), List.of("RCCM"), List.of());
        assertEquals(200, board.post(asking, "").status());
        mail.first(later.email()); // the third request's mail has arrived, so the second's has too
        assertEquals(1, mail.to(silent.email()).size(), "reminded once answered");
        assertEquals(1, mail.to(declining.email()).size(), "who said no is not asked again");
        assertEquals(List.of(), mail.to(answered.email()), "an examiner who gave the date is never asked");

        long pastDay = dayId(
                oral.day(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1), "Zaal 1")
                        .get(0));
        Api.Response past = board.post("/api/v1/oral-planning/days/" + pastDay + "/availability-requests", "");
        assertEquals(422, past.status(), past.body());
        assertEquals(
                404,
                board.post("/api/v1/oral-planning/days/999999999/availability-requests", "")
                        .status());
    }

    @Test
    void anExaminerAnswersAHolidayAtOnceAndAPeriodBackwardsOrOfMoreThanAYearIsRefused() {
        OralExamSetup.Examiner away = oral.examiner(TestAccounts.unique("Kim Vakantie"), List.of("RCCM"), List.of());
        String availability = "/api/v1/me/examiner/availability";

        Api.Response holiday = away.api(base).put(availability, "{\"from\":\"2032-07-01\",\"until\":\"2032-07-14\"}");

        assertEquals(200, holiday.status(), holiday.body());
        assertEquals(
                "[{\"from\":\"2032-07-01\",\"until\":\"2032-07-14\"}]",
                holiday.json().getJsonArray("answered").toString(),
                "two weeks answered with no, in one declaration");
        Api.Response backwards = away.api(base).put(availability, "{\"from\":\"2032-07-14\",\"until\":\"2032-07-01\"}");
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals("examiner.availability.backwards", backwards.json().getString("code"));
        assertTrue(
                backwards
                        .json()
                        .getString("detail")
                        .contains("2032-07-01 ligt v\u00f3\u00f3r de begindatum 2032-07-14"),
                backwards.body());
        Api.Response tooLong = away.api(base).put(availability, "{\"from\":\"2032-07-01\",\"until\":\"2033-07-02\"}");
        assertEquals(422, tooLong.status(), tooLong.body());
        assertEquals("examiner.availability.tooLong", tooLong.json().getString("code"));
        assertEquals(
                "[{\"from\":\"2032-07-01\",\"until\":\"2032-07-14\"}]",
                away.api(base)
                        .get("/api/v1/me/examiner")
                        .json()
                        .getJsonArray("answered")
                        .toString(),
                "the refused periods changed nothing");
    }

    /** The exam day a room belongs to. */
    private long dayId(long roomId) throws Exception {
        return count("SELECT day_id FROM oral_room WHERE id = ?", roomId);
    }

    private JsonObject dayOf(LocalDate date) {
        return TestAccounts.board(base).get("/api/v1/oral-planning/days?from=" + date).array().stream()
                .map(JsonObject.class::cast)
                .filter(day -> day.getString("date").equals(date.toString()))
                .findFirst()
                .orElseThrow();
    }

    private List<String> availableOn(LocalDate date) {
        return namesOn(date, "availableExaminers");
    }

    private List<String> namesOn(LocalDate date, String list) {
        return dayOf(date).getJsonArray(list).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void whatAnExaminerDeclaresAfterPlanningShowsOnTheExamUntilTheBoardReplacesThem() throws Exception {
        WrittenExam.Candidate candidate = eligibleCandidate();
        OralExamSetup.Examiner chair = examiner("Gerda Voorzitter");
        OralExamSetup.Examiner second = examiner("Hans Tweede");
        OralExamSetup.Examiner stand = examiner("Ina Invaller");
        OralExamSetup.Examiner standToo = examiner("Jan Invaller");
        long examId = oral.planned(candidate.number(), "RCCM", rooms.get(0), DAY + "T09:00", chair, second);
        String concerns = "/api/v1/oral-exams/" + examId + "/concerns";
        assertEquals(List.of(), rules(concerns), "planned in order");

        declareConflict(second, candidate);
        Api.Response withdrawn = chair.api(base)
                .put("/api/v1/me/examiner/availability", "{\"from\":\"" + DAY + "\",\"until\":\"" + DAY + "\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());

        List<JsonObject> found = TestAccounts.board(base).get(concerns).array().getValuesAs(JsonObject.class);
        assertEquals(
                List.of("oral.rule.examinerNotAvailable", "oral.rule.examinerConflict"),
                found.stream().map(c -> c.getString("rule")).toList());
        assertEquals(
                chair.name() + " is niet beschikbaar op 2027-03-09 (ochtend (08:00\u201312:00)).",
                found.get(0).getString("text"));
        assertEquals(
                second.name() + " heeft een belangenconflict gemeld met kandidaat " + candidate.number() + ".",
                found.get(1).getString("text"));
        assertEquals(403, second.api(base).get(concerns).status(), "an examiner does not see the board's concerns");

        Api.Response replaced =
                move(examId, rooms.get(0), DAY + "T09:00", stand, standToo, "Belangenconflict en afwezigheid");
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals(List.of(), rules(concerns), "in order again with two other examiners");

        // The two taken off the exam have it removed from their calendars; the two put on it are invited.
        String uid = invitations(List.of(email(candidate.number())), 2).get(0).uid();
        for (Invitation relieved : invitations(List.of(chair.email(), second.email()), 2)) {
            assertEquals("CANCEL", relieved.method());
            assertEquals("CANCEL", relieved.mimeMethod());
            assertEquals(uid, relieved.uid(), "the event they hold");
            assertEquals("1", relieved.sequence());
            assertEquals(1, relieved.attendees().size(), "only the one relieved: " + relieved.attendees());
            assertTrue(
                    relieved.subject().startsWith("Vervallen voor u: mondeling examen, dinsdag 9 maart 2027 om 09:00"));
        }
        for (Invitation invited : invitations(List.of(stand.email(), standToo.email()), 1)) {
            assertEquals("REQUEST", invited.method());
            assertEquals(uid, invited.uid());
            assertEquals("1", invited.sequence());
        }
    }

    @Test
    void anExaminerWhoIsNotIndependentStopsTheScoringUntilTheBoardReplacesThem() throws Exception {
        WrittenExam.Candidate candidate = eligibleCandidate();
        OralExamSetup.Examiner chair = examiner("Karel Voorzitter");
        OralExamSetup.Examiner second = examiner("Lotte Tweede");
        OralExamSetup.Examiner stand = examiner("Mira Invaller");
        OralExamSetup.Examiner standToo = examiner("Nout Invaller");
        long examId = oral.planned(candidate.number(), "RCCM", rooms.get(0), DAY + "T13:00", chair, second);
        Api chairApi = chair.api(base);
        List<String> competences = OralExamSetup.competences(chairApi, examId);
        rateAll(chairApi, examId, competences);
        rateAll(second.api(base), examId, competences);

        declareConflict(second, candidate);
        Api.Response refused = submit(second.api(base), examId);
        assertEquals(422, refused.status(), "a form of an examiner with a conflict would count");
        assertEquals("oral.scoring.halted", refused.json().getString("code"), refused.body());
        assertTrue(
                refused.body()
                        .contains(second.name() + " heeft een belangenconflict gemeld met kandidaat "
                                + candidate.number()),
                refused.body());
        assertEquals(
                422,
                OralExamSetup.rate(chairApi, examId, competences.get(0), 4, null)
                        .status(),
                "the whole exam stops, not only the partial examiner's form");
        assertEquals(422, submit(chairApi, examId).status());
        assertEquals(
                3,
                second.api(base)
                        .get("/api/v1/oral-exams/" + examId + "/sheets/mine")
                        .json()
                        .getJsonArray("ratings")
                        .getJsonObject(0)
                        .getInt("level"),
                "what was filled in is kept");

        // Nobody submitted anything: the board may still put another examiner on the exam.
        Api.Response replaced = move(examId, rooms.get(0), DAY + "T13:00", chair, stand, "Belangenconflict");
        assertEquals(200, replaced.status(), replaced.body());
        Api standApi = stand.api(base);
        rateAll(standApi, examId, competences);
        assertEquals(200, submit(chairApi, examId).status(), "the chair's draft goes on with an independent pair");
        assertEquals(200, submit(standApi, examId).status());
        for (String competence : competences) {
            assertEquals(
                    200,
                    OralExamSetup.agree(chairApi, examId, competence, 3, null, null)
                            .status());
        }
        String agreement = "/api/v1/oral-exams/" + examId + "/agreement";
        assertEquals(200, chairApi.post(agreement + "/finalisation", "").status());
        assertEquals(200, chairApi.post(agreement + "/signatures", "").status());
        assertEquals(200, standApi.post(agreement + "/signatures", "").status());

        assertTrue(boardHomeSection("oralTasks").contains(candidate.number()), "signed, it waits for release");
        // A conflict that comes to light after signing: the result cannot be released, and the exam, held
        // with that examiner, cannot be handed to another; the board cancels it and plans a new one.
        declareConflict(stand, candidate);
        Api board = TestAccounts.board(base);
        Api.Response release = board.post("/api/v1/oral-exams/" + examId + "/release", "");
        assertEquals(422, release.status(), "a result the board could not defend");
        assertTrue(release.body().contains("oral.rule.examinerConflict"), release.body());
        // Held yesterday: the board's list of exams to plan again still has it, with the reason.
        update(
                "UPDATE oral_exam SET starts_at = ? WHERE id = ?",
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusDays(1),
                examId);
        assertEquals(List.of("oral.rule.examinerConflict"), toPlanAgain(examId), "a held exam that cannot be released");
        // the board's home page lists it to plan again, and no longer as ready for release
        assertTrue(boardHomeSection("oralToPlanAgain").contains(candidate.number()), "to plan again");
        assertFalse(boardHomeSection("oralTasks").contains(candidate.number()), "not ready for release");
        Api.Response handedOver = move(examId, rooms.get(0), DAY + "T13:00", chair, standToo, "Belangenconflict");
        assertEquals(409, handedOver.status(), "examined by one pair, judged by another");
        assertEquals("oral.change.judged", handedOver.json().getString("code"), handedOver.body());
        assertEquals(
                stand.username(),
                board.get("/api/v1/oral-exams/" + examId).json().getString("second"));
        assertEquals(
                200,
                board.post(
                                "/api/v1/oral-exams/" + examId + "/cancellation",
                                "{\"reason\":\"Belangenconflict na afname\"}")
                        .status());
        assertEquals(List.of(), toPlanAgain(examId), "cancelled, nothing left to plan again");
        // planned, moved to the stand-in, annulled: the candidate is told there will be no result, not that it is off
        Invitation annulled = invitations(List.of(email(candidate.number())), 3).get(0);
        assertEquals("CANCEL", annulled.method());
        assertTrue(annulled.subject().startsWith("Ongeldig verklaard: mondeling examen, "), annulled.subject());
        Api.Response again = oral.plan(candidate.number(), "RCCM", rooms.get(0), DAY + "T13:00", chair, standToo);
        assertEquals(201, again.status(), "a new exam with an independent pair: " + again.body());
        assertEquals(
                0, candidate.api(base).get("/api/v1/me/oral/results").array().size(), "nothing released");
    }

    /** One list of the board's home page as the board's browser gets it; empty when the page leaves it out. */
    /** How many examiner accounts without a title the board's home page counts; 0 without the task. */
    private int examinersWithoutTitle() {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("(\\d+) examinatoraccount")
                .matcher(boardHomeSection("examinersWithoutTitle"));
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    private String boardHomeSection(String id) {
        String page = FormSession.loggedIn(base, TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD)
                .get("/board/index.xhtml")
                .body();
        int start = page.indexOf("id=\"" + id + "\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</ul>", start));
    }

    /** The rules of the exam on the board's list of exams to plan again; empty when it is not on it. */
    private List<String> toPlanAgain(long examId) {
        return TestAccounts.board(base)
                .get("/api/v1/oral-exams/to-plan-again")
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(row -> row.getJsonObject("exam").getJsonNumber("id").longValue() == examId)
                .flatMap(row -> row.getJsonArray("concerns").getValuesAs(JsonObject.class).stream())
                .map(concern -> concern.getString("rule"))
                .toList();
    }

    private static void rateAll(Api examiner, long examId, List<String> competences) {
        for (String competence : competences) {
            Api.Response rated = OralExamSetup.rate(examiner, examId, competence, 3, null);
            assertEquals(200, rated.status(), rated.body());
        }
    }

    private static Api.Response submit(Api examiner, long examId) {
        return examiner.post("/api/v1/oral-exams/" + examId + "/sheets/mine/submission", "");
    }

    private void declareConflict(OralExamSetup.Examiner examiner, WrittenExam.Candidate candidate) {
        Api.Response declared = examiner.api(base)
                .post(
                        "/api/v1/me/examiner/conflicts",
                        "{\"candidateNumber\":\"" + candidate.number() + "\",\"reason\":\"buurvrouw\"}");
        assertEquals(200, declared.status(), declared.body());
    }

    @Test
    void theSchedulerProposesADayThePlannerAcceptsAndTheBoardPlansItAsAWhole() throws Exception {
        List<WrittenExam.Candidate> candidates = List.of(eligibleCandidate(), eligibleCandidate(), eligibleCandidate());
        OralExamSetup.Examiner kees = examiner("Kees Voorstel");
        for (String name : List.of("Lies Voorstel", "Mark Voorstel", "Nora Voorstel")) {
            examiner(name);
        }
        declareConflict(kees, candidates.get(0));
        Api.Response proposed = propose(candidates);
        assertEquals(200, proposed.status(), proposed.body());
        List<JsonObject> items = proposed.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(3, items.size(), proposed.body());
        assertEquals(0, proposed.json().getJsonArray("unplaced").size(), proposed.body());
        for (JsonObject item : items) {
            assertTrue(rooms.contains(item.getJsonNumber("roomId").longValue()), "a room of the day: " + item);
            assertTrue(item.getString("start").startsWith(DAY + "T"), item.toString());
        }
        JsonObject first = items.stream()
                .filter(item -> item.getString("candidateNumber")
                        .equals(candidates.get(0).number()))
                .findFirst()
                .orElseThrow();
        assertTrue(
                !first.getString("chair").equals(kees.username())
                        && !first.getString("second").equals(kees.username()),
                "not Kees, who declared a conflict with this candidate: " + first);
        assertEquals(
                0L,
                count(
                        "SELECT COUNT(*) FROM oral_exam WHERE candidate_number = ?",
                        candidates.get(0).number()),
                "a proposal stores nothing");

        Api.Response adopted =
                TestAccounts.board(base).post("/api/v1/oral-planning/proposals/adoption", proposed.body());
        assertEquals(201, adopted.status(), adopted.body());
        assertEquals(3, adopted.array().size());
        for (WrittenExam.Candidate candidate : candidates) {
            assertEquals(1L, count("SELECT COUNT(*) FROM oral_exam WHERE candidate_number = ?", candidate.number()));
        }
        invitations(List.of(email(candidates.get(2).number())), 1);

        Api.Response again = TestAccounts.board(base).post("/api/v1/oral-planning/proposals/adoption", proposed.body());
        assertEquals(422, again.status(), "planned already: " + again.body());
        for (WrittenExam.Candidate candidate : candidates) {
            assertEquals(
                    1L,
                    count("SELECT COUNT(*) FROM oral_exam WHERE candidate_number = ?", candidate.number()),
                    "nothing of the refused adoption is stored");
        }
        Api.Response nobody = propose(candidates);
        assertEquals(422, nobody.status(), nobody.body());
        assertEquals("oral.proposal.notWaiting", nobody.json().getString("code"), nobody.body());
    }

    @Test
    void aProposalIsPlannedWholeOrNotAtAll() throws Exception {
        List<WrittenExam.Candidate> candidates = List.of(eligibleCandidate(), eligibleCandidate());
        for (String name : List.of("Olaf Heel", "Pia Heel")) {
            examiner(name);
        }
        Api.Response proposed = propose(candidates);
        assertEquals(200, proposed.status(), proposed.body());
        List<JsonObject> items = proposed.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, items.size(), proposed.body());

        // before the board adopts it, someone plans another candidate in the room and at the time of the last one
        JsonObject last = items.get(1);
        oral.planned(
                eligibleCandidate().number(),
                "RCCM",
                last.getJsonNumber("roomId").longValue(),
                last.getString("start"),
                examiner("Quint Tussendoor"),
                examiner("Rosa Tussendoor"));
        Api.Response adopted =
                TestAccounts.board(base).post("/api/v1/oral-planning/proposals/adoption", proposed.body());

        assertEquals(422, adopted.status(), adopted.body());
        assertTrue(adopted.json().getString("detail").contains("De ruimte is om"), adopted.body());
        for (WrittenExam.Candidate candidate : candidates) {
            assertEquals(
                    0L,
                    count("SELECT COUNT(*) FROM oral_exam WHERE candidate_number = ?", candidate.number()),
                    "the first exam, planned before the second was refused, is not kept either");
        }
    }

    @Test
    void whenTheDayCannotHoldEveryoneTheCandidateAdmittedLastWaits() throws Exception {
        LocalDate quietDay = DAY.plusDays(3);
        List<Long> oneRoom = oral.day(quietDay, "Zaal 9");
        oral.examiner(TestAccounts.unique("Stan Stil"), List.of("RCCM"), List.of(), quietDay);
        oral.examiner(TestAccounts.unique("Tess Stil"), List.of("RCCM"), List.of(), quietDay);
        List<WrittenExam.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            candidates.add(WrittenExam.planNow(base).newCandidate());
        }
        for (int i = candidates.size() - 1; i >= 0; i--) {
            oral.markEligible(candidates.get(i).number(), "RCCM"); // the first registered is admitted last
        }

        Api.Response proposed = propose(oneRoom.get(0), candidates);

        assertEquals(200, proposed.status(), proposed.body());
        assertEquals(6, proposed.json().getJsonArray("items").size(), "one room, one pair: six exams");
        assertEquals(
                List.of(candidates.get(0).number()),
                proposed.json().getJsonArray("unplaced").getValuesAs(JsonObject.class).stream()
                        .map(unplaced -> unplaced.getString("candidateNumber"))
                        .toList(),
                "the one admitted last waits for another day");
    }

    @Test
    void anEveningIsProposedInTheHoursTheBoardChoosesAndHoursWithoutRoomForAnExamAreRefused() throws Exception {
        LocalDate evening = DAY.plusDays(4);
        List<Long> room = oral.day(evening, "Zaal 7");
        for (String name : List.of("Ugo Avond", "Vera Avond")) {
            OralExamSetup.Examiner examiner = oral.examiner(TestAccounts.unique(name), List.of("RCCM"), List.of());
            Api.Response declared = examiner.api(base)
                    .put(
                            "/api/v1/me/examiner/availability",
                            "{\"from\":\"" + evening + "\",\"until\":\"" + evening + "\",\"available\":[{\"day\":\""
                                    + evening + "\",\"part\":\"EVENING\"}]}");
            assertEquals(200, declared.status(), declared.body());
        }
        List<WrittenExam.Candidate> candidates = List.of(eligibleCandidate(), eligibleCandidate());

        Api.Response workingDay = propose(room.get(0), candidates, "");
        assertEquals(200, workingDay.status(), workingDay.body());
        assertEquals(
                0, workingDay.json().getJsonArray("items").size(), "examiners of the evening: " + workingDay.body());
        assertEquals(2, workingDay.json().getJsonArray("unplaced").size(), workingDay.body());

        Api.Response proposed = propose(room.get(0), candidates, ",\"from\":\"17:00\",\"until\":\"22:00\"");
        assertEquals(200, proposed.status(), proposed.body());
        assertEquals(
                List.of(evening + "T17:00:00", evening + "T18:15:00"),
                proposed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(item -> item.getString("start"))
                        .sorted()
                        .toList(),
                "one room, one pair: one exam after the other from 17:00");

        Api.Response backwards = propose(room.get(0), candidates, ",\"from\":\"18:00\",\"until\":\"17:00\"");
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals("oral.proposal.hours", backwards.json().getString("code"), backwards.body());
        Api.Response late = propose(room.get(0), candidates, ",\"from\":\"21:00\",\"until\":\"23:00\"");
        assertEquals("oral.proposal.hours", late.json().getString("code"), "nobody can be available after 22:00");
        Api.Response short_ = propose(room.get(0), candidates, ",\"from\":\"21:00\",\"until\":\"22:00\"");
        assertEquals(422, short_.status(), short_.body());
        assertEquals("oral.proposal.hoursTooShort", short_.json().getString("code"), short_.body());
        assertTrue(short_.json().getString("detail").contains("75 minuten"), short_.body());
        Api.Response unreadable = propose(room.get(0), candidates, ",\"from\":\"vijf uur\",\"until\":\"7 pm\"");
        assertEquals(422, unreadable.status(), unreadable.body());
        assertEquals(
                List.of("from", "until"),
                unreadable.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(error -> error.getString("field"))
                        .toList(),
                "both unreadable times in one answer: " + unreadable.body());
    }

    private Api.Response propose(List<WrittenExam.Candidate> candidates) {
        return propose(rooms.get(0), candidates);
    }

    private Api.Response propose(long roomOfTheDay, List<WrittenExam.Candidate> candidates) {
        return propose(roomOfTheDay, candidates, "");
    }

    /** The scheduler's proposal for the exam day of the room, for just these candidates; hours as JSON fields. */
    private Api.Response propose(long roomOfTheDay, List<WrittenExam.Candidate> candidates, String hours) {
        long dayId = TestAccounts.board(base)
                .get("/api/v1/oral-planning/days?from=" + DAY)
                .array()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(day -> day.getJsonArray("rooms").getValuesAs(JsonObject.class).stream()
                        .anyMatch(room -> room.getJsonNumber("id").longValue() == roomOfTheDay))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String numbers = candidates.stream()
                .map(candidate -> "\"" + candidate.number() + "\"")
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        return TestAccounts.board(base)
                .post(
                        "/api/v1/oral-planning/proposals",
                        "{\"dayId\":" + dayId + ",\"title\":\"RCCM\",\"candidateNumbers\":[" + numbers + "]" + hours
                                + "}");
    }

    private Api.Response move(
            long examId,
            long roomId,
            String start,
            OralExamSetup.Examiner chair,
            OralExamSetup.Examiner second,
            String reason) {
        return TestAccounts.board(base)
                .put(
                        "/api/v1/oral-exams/" + examId + "/placement",
                        "{\"roomId\":" + roomId + ",\"start\":\"" + start + "\",\"chair\":\"" + chair.username()
                                + "\",\"second\":\"" + second.username() + "\",\"reason\":\"" + reason + "\"}");
    }

    private List<String> rules(String concernsPath) {
        return TestAccounts.board(base).get(concernsPath).array().getValuesAs(JsonObject.class).stream()
                .map(concern -> concern.getString("rule"))
                .toList();
    }

    @Test
    void aMistypedCandidateNumberIsRefusedAsSuchWhereverItIsTyped() throws Exception {
        OralExamSetup.Examiner chair = oral.examiner("Els Typfout", List.of("RCCM"), List.of(), DAY);
        OralExamSetup.Examiner second = oral.examiner("Frits Typfout", List.of("RCCM"), List.of(), DAY);
        String mistyped = "C0000019"; // C0000018 with its check digit wrong

        Api.Response planned = oral.plan(mistyped, "RCCM", rooms.get(0), DAY + "T09:00", chair, second);
        Api.Response eligible = TestAccounts.board(base)
                .post(
                        "/api/v1/oral-planning/eligibility",
                        "{\"candidateNumber\":\"" + mistyped + "\",\"title\":\"RCCM\",\"reason\":\"elders behaald\"}");
        Api.Response conflict = chair.api(base)
                .post(
                        "/api/v1/me/examiner/conflicts",
                        "{\"candidateNumber\":\"" + mistyped + "\",\"reason\":\"buurman\"}");
        Api.Response empty = chair.api(base).post("/api/v1/me/examiner/conflicts", "{}");

        for (Api.Response refused : List.of(planned, eligible, conflict)) {
            assertEquals(422, refused.status(), refused.body());
            assertEquals("candidate.number.invalid", refused.json().getString("code"), refused.body());
            assertTrue(
                    refused.json().getString("detail").contains("'C0000019' is geen geldig kandidaatnummer"),
                    refused.body());
        }
        assertEquals(422, empty.status(), empty.body());
        assertEquals("candidate.number.invalid", empty.json().getString("code"), empty.body());
        assertEquals(0L, count("SELECT COUNT(*) FROM oral_exam WHERE candidate_number = ?", mistyped));
    }

    @Test
    void theFormIsFrozenAtPlanningAndExaminersSeeOnlyWhatTheyMay() throws Exception {
        WrittenExam.Candidate candidate = eligibleCandidate();
        OralExamSetup.Examiner chair = examiner("Eva Voorzitter");
        OralExamSetup.Examiner second = examiner("Frank Tweede");
        OralExamSetup.Examiner outsider = examiner("Gert Buitenstaander");
        long examId = oral.planned(candidate.number(), "RCCM", rooms.get(0), DAY + "T10:30", chair, second);
        Api chairApi = chair.api(base);
        Api secondApi = second.api(base);

        String assigned = "/api/v1/oral-exams/assigned";
        assertTrue(examIds(chairApi.get(assigned)).contains(examId), "on the chair's list");
        assertTrue(examIds(secondApi.get(assigned)).contains(examId), "on the second examiner's list");
        assertFalse(examIds(outsider.api(base).get(assigned)).contains(examId), "not assigned, not listed");
        assertEquals(403, candidate.api(base).get(assigned).status(), "examiners only");

        // The RCCM form: ten core competencies and the four of the title, frozen at planning.
        List<String> competences = OralExamSetup.competences(chairApi, examId);
        assertEquals(14, competences.size(), competences.toString());
        assertTrue(competences.containsAll(List.of("analyseren", "anticiperen", "daadkrachtig")));
        String definition = definitionOf(chairApi, examId, "analyseren");
        update("UPDATE competence SET definition = 'gewijzigd na planning' WHERE code = 'analyseren'");
        try {
            assertEquals(
                    definition,
                    definitionOf(chairApi, examId, "analyseren"),
                    "a framework change never reaches the form");
        } finally {
            update("UPDATE competence SET definition = ? WHERE code = 'analyseren'", definition);
        }

        assertEquals(
                200, OralExamSetup.rate(chairApi, examId, "analyseren", 3, null).status());
        assertEquals(
                403,
                secondApi.get("/api/v1/oral-exams/" + examId + "/sheets/other").status(),
                "the chair's draft is hidden");
        assertEquals(
                403,
                secondApi.get("/api/v1/oral-exams/" + examId + "/agreement").status());
        Api outsiderApi = outsider.api(base);
        for (String path : List.of("", "/sheets/mine", "/sheets/other", "/agreement")) {
            Api.Response response = outsiderApi.get("/api/v1/oral-exams/" + examId + path);
            assertEquals(403, response.status(), path + ": " + response.body());
        }
        assertEquals(
                403,
                OralExamSetup.rate(outsiderApi, examId, "analyseren", 4, null).status());

        Api.Response incomplete = chairApi.post("/api/v1/oral-exams/" + examId + "/sheets/mine/submission", "");
        assertEquals(422, incomplete.status());
        assertTrue(incomplete.body().contains("oral.sheet.unrated"), incomplete.body());
        Api.Response basisWithoutReason = OralExamSetup.rate(chairApi, examId, "adviseren", 2, null);
        assertEquals(200, basisWithoutReason.status(), "a draft may be incomplete");
        for (String competence : competences) {
            if (!competence.equals("analyseren") && !competence.equals("adviseren")) {
                assertEquals(
                        200,
                        OralExamSetup.rate(chairApi, examId, competence, 3, null)
                                .status());
            }
        }
        Api.Response needsReason = chairApi.post("/api/v1/oral-exams/" + examId + "/sheets/mine/submission", "");
        assertEquals(422, needsReason.status());
        assertTrue(needsReason.json().getString("detail").contains("Adviseren"), needsReason.body());
        assertEquals(
                200,
                OralExamSetup.rate(chairApi, examId, "adviseren", 2, "Advies niet onderbouwd")
                        .status());
        assertEquals(
                200,
                chairApi.post("/api/v1/oral-exams/" + examId + "/sheets/mine/submission", "")
                        .status());
        assertEquals(
                409, OralExamSetup.rate(chairApi, examId, "adviseren", 4, null).status(), "a submitted form stays");
        assertEquals(
                403,
                chairApi.get("/api/v1/oral-exams/" + examId + "/sheets/other").status(),
                "one submitted is not both submitted");
        assertEquals(
                403,
                secondApi.get("/api/v1/oral-exams/" + examId + "/sheets/other").status(),
                "the second examiner still cannot see the chair's submitted form");
    }

    private static List<Long> examIds(Api.Response list) {
        assertEquals(200, list.status(), list.body());
        return list.array().getValuesAs(JsonObject.class).stream()
                .map(exam -> exam.getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void aFinalisedFormNeverChangesAndTheBoardsCorrectionIsAVersionWithItsReason() throws Exception {
        WrittenExam.Candidate candidate = eligibleCandidate();
        OralExamSetup.Examiner chair = examiner("Hanna Voorzitter");
        OralExamSetup.Examiner second = examiner("Ivo Tweede");
        long examId = oral.planned(candidate.number(), "RCCM", rooms.get(1), DAY + "T15:00", chair, second);
        Api chairApi = chair.api(base);
        Api secondApi = second.api(base);
        List<String> competences = OralExamSetup.competences(chairApi, examId);
        for (String competence : competences) {
            assertEquals(
                    200,
                    OralExamSetup.rate(chairApi, examId, competence, 4, null).status());
            int secondLevel = competence.equals("analyseren") ? 2 : 3;
            Api.Response rated = OralExamSetup.rate(
                    secondApi, examId, competence, secondLevel, secondLevel == 2 ? "Analyse bleef oppervlakkig" : null);
            assertEquals(200, rated.status(), rated.body());
        }
        Api.Response chairSubmitted = chairApi.post("/api/v1/oral-exams/" + examId + "/sheets/mine/submission", "");
        assertEquals(200, chairSubmitted.status(), chairSubmitted.body());
        Api.Response secondSubmitted = secondApi.post("/api/v1/oral-exams/" + examId + "/sheets/mine/submission", "");
        assertEquals(200, secondSubmitted.status(), secondSubmitted.body());

        // both forms in: the board's reliability report for the day counts this pair's 14 ratings
        String period = "/api/v1/oral-exams/reliability?from=" + DAY + "&until=" + DAY;
        JsonObject report = TestAccounts.board(base).get(period).json();
        JsonObject pair = report.getJsonArray("perPair").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("key").contains(chair.username())
                        && row.getString("key").contains(second.username()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for the pair in " + report));
        assertEquals(1, pair.getInt("exams"));
        assertEquals(14, pair.getInt("pairs"), "one pair of ratings per competence");
        assertEquals(
                0.0,
                pair.getJsonNumber("exactAgreement").doubleValue(),
                "4 against 3 everywhere, and against 2 for analyseren");
        assertEquals(
                422,
                TestAccounts.board(base)
                        .get("/api/v1/oral-exams/reliability?from=" + DAY + "&until=" + DAY.minusDays(1))
                        .status(),
                "a period that ends before it starts");
        assertEquals(
                422,
                TestAccounts.board(base)
                        .get("/api/v1/oral-exams?from=" + DAY + "&until=" + DAY.minusDays(1))
                        .status(),
                "the planning too: a swapped period is refused, not answered with no exams");
        assertEquals(403, chairApi.get(period).status(), "the board's report, not an examiner's");

        JsonObject other =
                secondApi.get("/api/v1/oral-exams/" + examId + "/sheets/other").json();
        assertEquals(chair.username(), other.getString("examiner"), "after both submitted, each sees the other's form");
        JsonObject agreement =
                secondApi.get("/api/v1/oral-exams/" + examId + "/agreement").json();
        JsonObject analyseren = agreement.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("competence").equals("analyseren"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, analyseren.getInt("gap"));
        assertTrue(analyseren.getBoolean("gapNeedsReason"));

        assertEquals(
                403,
                OralExamSetup.agree(secondApi, examId, "analyseren", 3, null, null)
                        .status(),
                "the chair records");
        for (String competence : competences) {
            assertEquals(
                    200,
                    OralExamSetup.agree(chairApi, examId, competence, 3, null, "Goed onderbouwd")
                            .status());
        }
        Api.Response gapWithoutReason = chairApi.post("/api/v1/oral-exams/" + examId + "/agreement/finalisation", "");
        assertEquals(422, gapWithoutReason.status());
        assertTrue(gapWithoutReason.body().contains("oral.agreement.gapNeedsReason"), gapWithoutReason.body());
        OralExamSetup.agree(
                chairApi, examId, "analyseren", 3, "Na overleg: analyse voldoende volledig", "Let op diepgang");
        Api.Response finalised = chairApi.post("/api/v1/oral-exams/" + examId + "/agreement/finalisation", "");
        assertEquals(200, finalised.status(), finalised.body());
        assertTrue(finalised.json().getBoolean("passed"));

        assertEquals(
                409,
                OralExamSetup.agree(chairApi, examId, "analyseren", 1, "x", null)
                        .status(),
                "finalised: no change");
        assertEquals(
                409, OralExamSetup.rate(chairApi, examId, "analyseren", 1, "x").status());
        assertEquals(
                409,
                chairApi.post("/api/v1/oral-exams/" + examId + "/agreement/finalisation", "")
                        .status());
        Api board = TestAccounts.board(base);
        assertEquals(
                409, board.post("/api/v1/oral-exams/" + examId + "/release", "").status(), "not signed yet");
        assertEquals(
                200,
                chairApi.post("/api/v1/oral-exams/" + examId + "/agreement/signatures", "")
                        .status());
        assertEquals(
                200,
                secondApi
                        .post("/api/v1/oral-exams/" + examId + "/agreement/signatures", "")
                        .status());

        Api.Response noReason = board.post(
                "/api/v1/oral-exams/" + examId + "/corrections",
                "{\"ratings\":[{\"competence\":\"integer\",\"level\":2}]}");
        assertEquals(422, noReason.status());
        Api.Response corrected = board.post(
                "/api/v1/oral-exams/" + examId + "/corrections",
                "{\"reason\":\"Klacht gegrond verklaard: integriteit onvoldoende getoetst\",\"ratings\":[{\"competence\":\"integer\",\"level\":2,\"reason\":\"Dilemma niet herkend\"}]}");
        assertEquals(201, corrected.status(), corrected.body());
        assertEquals(2, corrected.json().getInt("versionNo"));
        assertFalse(corrected.json().getBoolean("passed"), "Basis on one competence fails the pass rule");

        List<JsonObject> versions =
                board.get("/api/v1/oral-exams/" + examId + "/versions").array().getValuesAs(JsonObject.class);
        assertEquals(2, versions.size());
        assertTrue(versions.get(0).getBoolean("passed"), "version 1 is kept as it was");
        Map<String, Object> audit = TestDatabase.row(
                "SELECT actor, reason, details FROM audit_entry WHERE action = 'oral.corrected' AND object_id = ?",
                String.valueOf(examId));
        assertEquals(TestAccounts.BOARD_USERNAME, audit.get("actor"));
        assertTrue(String.valueOf(audit.get("reason")).contains("Klacht gegrond"));
        assertTrue(
                String.valueOf(audit.get("details")).contains("integer: 3->2"), String.valueOf(audit.get("details")));

        Api candidateApi = candidate.api(base);
        assertEquals(0, candidateApi.get("/api/v1/me/oral/results").array().size(), "nothing before release");
        assertEquals(
                404,
                candidateApi
                        .download("/api/v1/me/oral/results/" + examId + "/pdf", "application/pdf")
                        .status());
        assertEquals(
                200, board.post("/api/v1/oral-exams/" + examId + "/release", "").status());
        JsonObject result = candidateApi.get("/api/v1/me/oral/results").array().getJsonObject(0);
        assertFalse(result.getBoolean("passed"));
        assertEquals(
                List.of("Integer"),
                result.getJsonArray("decidingNames").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        Api.Download pdf = candidateApi.download("/api/v1/me/oral/results/" + examId + "/pdf", "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertEquals("%PDF", new String(Arrays.copyOf(pdf.body(), 4), StandardCharsets.US_ASCII));
    }

    private WrittenExam.Candidate eligibleCandidate() {
        WrittenExam.Candidate candidate = WrittenExam.planNow(base).newCandidate();
        oral.markEligible(candidate.number(), "RCCM");
        return candidate;
    }

    private OralExamSetup.Examiner examiner(String name) {
        return oral.examiner(TestAccounts.unique(name), List.of("RCCM", "CROV"), List.of(), DAY);
    }

    private String definitionOf(Api examiner, long examId, String code) {
        return examiner
                .get("/api/v1/oral-exams/" + examId + "/sheets/mine")
                .json()
                .getJsonArray("competences")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(c -> c.getString("code").equals(code))
                .findFirst()
                .orElseThrow()
                .getString("definition");
    }

    private static String email(String candidateNumber) throws Exception {
        // TestDatabase names columns in lower case
        return String.valueOf(
                TestDatabase.row("SELECT email FROM candidate WHERE candidate_number = ?", candidateNumber)
                        .get("email"));
    }

    private static void update(String sql, Object... parameters) throws Exception {
        try (java.sql.Connection connection = TestDatabase.connect();
                java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long count(String sql, Object... parameters) throws Exception {
        return ((Number) TestDatabase.row(sql, parameters).values().iterator().next()).longValue();
    }

    /** A received invitation: the mail, its calendar part's MIME type, and the parsed event. */
    record Invitation(
            String subject,
            String contentType,
            String mimeMethod,
            String method,
            String uid,
            String sequence,
            String start,
            String end,
            String status,
            List<String> attendees,
            String text) {

        /** The text's last line: the address of the page the mail is about. */
        String link() {
            String[] lines = text.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    /** Waits until each address has {@code count} mails and returns each one's latest, parsed. */
    private static List<Invitation> invitations(List<String> addresses, int count) throws Exception {
        List<Invitation> latest = new ArrayList<>();
        for (String address : addresses) {
            List<MimeMessage> received = waitFor(address, count);
            latest.add(parse(received.get(count - 1)));
        }
        return latest;
    }

    private static List<MimeMessage> waitFor(String address, int count) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (true) {
            List<MimeMessage> received = mail.to(address);
            if (received.size() >= count) {
                assertEquals(count, received.size(), "exactly one mail per change to " + address);
                return received;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(address + " received " + received.size() + " of " + count + " mails");
            }
            Thread.sleep(250);
        }
    }

    private static Invitation parse(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
                VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
                String contentType = part.getContentType().replaceAll("\\s+", " ");
                String mimeMethod = contentType.replaceAll("(?i).*method=\"?([A-Z]+)\"?.*", "$1");
                return new Invitation(
                        message.getSubject(),
                        contentType,
                        mimeMethod,
                        calendar.getProperty(Property.METHOD).orElseThrow().getValue(),
                        event.getProperty(Property.UID).orElseThrow().getValue(),
                        event.getProperty(Property.SEQUENCE).orElseThrow().getValue(),
                        event.getProperty(Property.DTSTART).orElseThrow().getValue(),
                        event.getProperty(Property.DTEND).orElseThrow().getValue(),
                        event.getProperty(Property.STATUS).orElseThrow().getValue(),
                        event.getProperties(Property.ATTENDEE).stream()
                                .map(Property::getValue)
                                .toList(),
                        TestMailServer.text(message));
            }
        }
        throw new AssertionError("no text/calendar part in " + message.getSubject());
    }
}
