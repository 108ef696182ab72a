package nl.examenkamer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Oral exams in the running application, set up through the board's and the examiners' API. */
public final class OralExamSetup {

    private final URI base;

    public OralExamSetup(URI base) {
        this.base = base;
    }

    /** An examiner account with a profile, available all day on the given days. */
    public record Examiner(TestAccounts.Credentials account, String name, String email) {

        public String username() {
            return account.username();
        }

        public Api api(URI base) {
            return account.api(base);
        }
    }

    public Examiner examiner(String name, List<String> titles, List<String> providers, LocalDate... availableDays) {
        TestAccounts.Credentials account = TestAccounts.create(base, "EXAMINER", null, name);
        JsonArrayBuilder titleArray = Json.createArrayBuilder();
        titles.forEach(titleArray::add);
        JsonArrayBuilder providerArray = Json.createArrayBuilder();
        providers.forEach(providerArray::add);
        Api.Response profile = TestAccounts.board(base)
                .put(
                        "/api/v1/oral-planning/examiners/" + account.username(),
                        Json.createObjectBuilder()
                                .add("titles", titleArray)
                                .add("providerCodes", providerArray)
                                .build()
                                .toString());
        assertEquals(200, profile.status(), profile.body());
        for (LocalDate day : availableDays) {
            Api.Response declared = account.api(base)
                    .put(
                            "/api/v1/me/examiner/availability",
                            "{\"from\":\"" + day + "\",\"until\":\"" + day + "\",\"available\":["
                                    + "{\"day\":\"" + day + "\",\"part\":\"MORNING\"},"
                                    + "{\"day\":\"" + day + "\",\"part\":\"AFTERNOON\"}]}");
            assertEquals(200, declared.status(), declared.body());
        }
        return new Examiner(account, name, account.username() + "@example.org");
    }

    /** An exam day with the named rooms; returns the rooms' ids in the order given. */
    public List<Long> day(LocalDate date, String... rooms) {
        JsonArrayBuilder roomArray = Json.createArrayBuilder();
        for (String room : rooms) {
            roomArray.add(Json.createObjectBuilder().add("name", room));
        }
        Api.Response created = TestAccounts.board(base)
                .post(
                        "/api/v1/oral-planning/days",
                        Json.createObjectBuilder()
                                .add("date", date.toString())
                                .add("location", "Utrecht, Examenkamer")
                                .add("rooms", roomArray)
                                .build()
                                .toString());
        assertEquals(201, created.status(), created.body());
        List<Long> ids = new ArrayList<>();
        for (JsonObject room : created.json().getJsonArray("rooms").getValuesAs(JsonObject.class)) {
            ids.add(room.getJsonNumber("id").longValue());
        }
        return ids;
    }

    public void markEligible(String candidateNumber, String title) {
        Api.Response marked = TestAccounts.board(base)
                .post(
                        "/api/v1/oral-planning/eligibility",
                        "{\"candidateNumber\":\"" + candidateNumber + "\",\"title\":\"" + title
                                + "\",\"reason\":\"Schriftelijk examen behaald bij de vorige examenaanbieder\"}");
        assertEquals(204, marked.status(), marked.body());
    }

    public Api.Response plan(
            String candidateNumber, String title, long roomId, String start, Examiner chair, Examiner second) {
        return TestAccounts.board(base)
                .post(
                        "/api/v1/oral-exams",
                        Json.createObjectBuilder()
                                .add("candidateNumber", candidateNumber)
                                .add("title", title)
                                .add("roomId", roomId)
                                .add("start", start)
                                .add("chair", chair.username())
                                .add("second", second.username())
                                .build()
                                .toString());
    }

    public long planned(
            String candidateNumber, String title, long roomId, String start, Examiner chair, Examiner second) {
        Api.Response planned = plan(candidateNumber, title, roomId, start, chair, second);
        assertEquals(201, planned.status(), planned.body());
        return planned.json().getJsonNumber("id").longValue();
    }

    /** Every competence on the examiner's own form, in form order. */
    public static List<String> competences(Api examiner, long examId) {
        Api.Response sheet = examiner.get("/api/v1/oral-exams/" + examId + "/sheets/mine");
        assertEquals(200, sheet.status(), sheet.body());
        return sheet.json().getJsonArray("competences").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code"))
                .toList();
    }

    public static Api.Response rate(Api examiner, long examId, String competence, int level, String reason) {
        return examiner.put(
                "/api/v1/oral-exams/" + examId + "/sheets/mine/ratings/" + competence,
                reason == null
                        ? "{\"level\":" + level + "}"
                        : Json.createObjectBuilder()
                                .add("level", level)
                                .add("reason", reason)
                                .build()
                                .toString());
    }

    public static Api.Response agree(
            Api chair, long examId, String competence, int level, String reason, String notes) {
        var body = Json.createObjectBuilder().add("level", level);
        if (reason != null) {
            body.add("reason", reason);
        }
        if (notes != null) {
            body.add("notes", notes);
        }
        return chair.put(
                "/api/v1/oral-exams/" + examId + "/agreement/ratings/" + competence,
                body.build().toString());
    }
}
