package nl.examenkamer.curriculum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.examenkamer.content.ContentFixture;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.testing.Api;
import nl.examenkamer.testing.Deployments;
import nl.examenkamer.testing.FormSession;
import nl.examenkamer.testing.TestAccounts;
import nl.examenkamer.testing.TestDatabase;
import nl.examenkamer.testing.TrainingProvider;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Training providers recording hours in the running application: CSV files and JSON batches
 * checked whole and stored all or nothing (shown against the database), API keys, what one provider
 * may not see or touch of another's, corrections with their audit trail, and the board's list.
 */
@ExtendWith(ArquillianExtension.class)
class CurriculumIT {

    private static final String HEADER = "row_id,candidate_number,module_code,date,contact_hours,study_load_hours\n";
    private static final String AG = "arbeid-en-gezondheid";
    private static final String AO = "arbeid-en-organisatie";
    private static final String WK = "wettelijk-kader";
    private static final String PR = "professionaliseren";

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.examenkamer();
    }

    @ArquillianResource
    private URL url;

    private URI base;
    private Api board;
    private TrainingProvider provider;
    private String candidate;
    private String annaName;

    @BeforeEach
    void provider() throws Exception {
        base = url.toURI();
        Deployments.requireHealthy(base);
        board = TestAccounts.board(base);
        provider = TrainingProvider.create(base);
        provider.module("AG-1", AG, "8", "12");
        annaName = TestAccounts.unique("Anna de Vries");
        candidate = provider.candidate(annaName);
    }

    /** A bad file: what it contains, and the one problem it must give (field as "line N column"). */
    record BadFile(String name, byte[] content, String field, String reason) {
        BadFile(String name, String content, String field, String reason) {
            this(name, content.getBytes(StandardCharsets.UTF_8), field, reason);
        }
    }

    @Test
    void theTemplateDownloadsAsTheCsvTheUploadReads() {
        Api.Download template = provider.api().download("/api/v1/attendance/template.csv", "text/csv");
        assertEquals(200, template.status());
        assertTrue(template.contentType().startsWith("text/csv"), template.contentType());
        assertEquals(
                "row_id,candidate_number,module_code,date,contact_hours,study_load_hours",
                new String(template.body(), StandardCharsets.UTF_8)
                        .lines()
                        .findFirst()
                        .orElseThrow(),
                "the columns the upload reads (AttendanceCsvTest reads the whole template)");
    }

    @Test
    void everyBadFileGivesItsPreciseErrorAndStoresNothing() throws SQLException {
        String good = "R1," + candidate + ",AG-1,2026-03-12,6,10\n";
        String future = LocalDate.now().plusDays(40).toString();
        // The last number the register can hand out: the suite's own candidates never reach it.
        String nobody = CandidateNumber.forSequence(999_999).value();
        List<BadFile> files = List.of(
                new BadFile(
                        "decimal comma",
                        HEADER + good + "R2," + candidate + ",AG-1,2026-03-13,\"7,5\",10\n",
                        "line 3 contact_hours",
                        "'7,5' uses a decimal comma; write 7.5"),
                new BadFile(
                        "unknown candidate",
                        HEADER + good + "R2," + nobody + ",AG-1,2026-03-13,6,10\n",
                        "line 3 candidate_number",
                        "no candidate has number " + nobody),
                new BadFile(
                        "unknown module",
                        HEADER + good + "R2," + candidate + ",XX-9,2026-03-13,6,10\n",
                        "line 3 module_code",
                        "'XX-9' is not one of your modules"),
                new BadFile(
                        "negative hours",
                        HEADER + good + "R2," + candidate + ",AG-1,2026-03-13,-2,10\n",
                        "line 3 contact_hours",
                        "-2 is negative"),
                new BadFile(
                        "too many hours",
                        HEADER + good + "R2," + candidate + ",AG-1,2026-03-13,9,10\n",
                        "line 3 contact_hours",
                        "9 is more than the module's 8 contact hours"),
                new BadFile(
                        "future date",
                        HEADER + good + "R2," + candidate + ",AG-1," + future + ",6,10\n",
                        "line 3 date",
                        future + " lies in the future"),
                new BadFile(
                        "duplicate row id",
                        HEADER + good + "R1," + candidate + ",AG-1,2026-03-13,6,10\n",
                        "line 3 row_id",
                        "'R1' appears twice (also on line 2)"),
                new BadFile(
                        "missing column",
                        HEADER.replace(",study_load_hours", "") + "R1," + candidate + ",AG-1,2026-03-12,6\n",
                        "line 1 study_load_hours",
                        "the column is missing"),
                new BadFile(
                        "wrong encoding",
                        (HEADER + good + "R2," + candidate + ",AG-1,2026-03-13,6,10 # ré\n")
                                .getBytes(StandardCharsets.ISO_8859_1),
                        "line 3 (file)",
                        "is not UTF-8 text"));
        List<String> failures = new ArrayList<>();
        for (BadFile file : files) {
            Api.Response response =
                    provider.api().inLanguage("en").send("POST", "/api/v1/attendance/csv", "text/csv", file.content());
            if (response.status() != 422) {
                failures.add(file.name() + ": status " + response.status() + " " + response.body());
                continue;
            }
            List<JsonObject> errors = response.json().getJsonArray("errors").getValuesAs(JsonObject.class);
            if (errors.size() != 1
                    || !errors.get(0).getString("field").equals(file.field())
                    || !errors.get(0).getString("message").contains(file.reason())) {
                failures.add(file.name() + ": expected " + file.field() + " '" + file.reason() + "' but got " + errors);
            }
            if (records(provider) != 0) {
                failures.add(file.name() + ": " + records(provider) + " records were stored");
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(
                0,
                ((Number) TestDatabase.row(
                                        "select count(*) as n from candidate_hours h join candidate c on c.id = h.candidate_id"
                                                + " where c.candidate_number = ?",
                                        candidate)
                                .get("n"))
                        .intValue(),
                "no hours either");
    }

    @Test
    void theErrorsAreInTheCallersLanguage() {
        Api.Response dutch = provider.uploadCsv(HEADER + "R1," + candidate + ",AG-1,2026-03-12,\"7,5\",10\n");
        assertEquals(422, dutch.status());
        assertEquals(
                "'7,5' gebruikt een decimale komma; schrijf 7.5",
                dutch.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertTrue(dutch.json().getString("detail").contains("niets opgeslagen"), dutch.body());
    }

    @Test
    void aGoodFileStoresEveryRowAndUploadingItAgainStoresNothingNew() throws SQLException {
        provider.module("WK-1", WK, "4", "6");
        String second = provider.candidate(TestAccounts.unique("Bram Jansen"));
        String file = "\uFEFF" + HEADER.replace(',', ';')
                + "2026-001;" + candidate + ";AG-1;2026-03-12;6;10\n"
                + "2026-002;" + candidate + ";WK-1;2026-03-19;3.75;6\n"
                + "2026-003;" + second + ";AG-1;2026-03-12;8;12\n";

        Api.Response first = provider.uploadCsv(file);
        assertEquals(201, first.status(), first.body());
        assertEquals(3, first.json().getInt("added"));
        assertEquals(3, records(provider));

        Api.Response again = provider.uploadCsv(file);
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("added"));
        assertEquals(3, again.json().getInt("alreadyRecorded"));
        assertEquals(3, records(provider), "nothing new");

        JsonObject admission = provider.api()
                .get("/api/v1/candidates/" + candidate + "/admission")
                .json();
        assertEquals("9.75", admission.getString("contactHours"));
        assertEquals("16", admission.getString("studyLoadHours"));
        assertFalse(admission.getBoolean("admitted"));
        assertEquals("6", theme(admission, AG).getString("contactHours"));
        assertEquals("3.75", theme(admission, WK).getString("contactHours"));
        assertEquals("0", theme(admission, PR).getString("contactHours"));
        assertTrue(
                admission.getJsonArray("unmet").getString(0).contains("9.75 van 60 contacturen"), admission.toString());
    }

    @Test
    void aJsonBatchFollowsTheSameRules() throws SQLException {
        String batch = "[{\"rowId\":\"A1\",\"candidateNumber\":\"" + candidate + "\",\"moduleCode\":\"AG-1\","
                + "\"date\":\"2026-03-12\",\"contactHours\":6,\"studyLoadHours\":10},"
                + "{\"rowId\":\"A2\",\"candidateNumber\":\"" + candidate + "\",\"moduleCode\":\"AG-1\","
                + "\"date\":\"2026-03-13\",\"contactHours\":-1,\"studyLoadHours\":10}]";
        Api.Response rejected = provider.api().inLanguage("en").post("/api/v1/attendance", batch);
        assertEquals(422, rejected.status(), rejected.body());
        JsonObject error = rejected.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("[1].contactHours", error.getString("field"));
        assertEquals("-1 is negative", error.getString("message"));
        assertEquals(0, records(provider), "all or nothing");

        Api.Response stored =
                provider.api().post("/api/v1/attendance", batch.replace("\"contactHours\":-1", "\"contactHours\":7.5"));
        assertEquals(201, stored.status(), stored.body());
        assertEquals(2, stored.json().getInt("added"));
        assertEquals(
                "13.5",
                provider.api()
                        .get("/api/v1/candidates/" + candidate + "/admission")
                        .json()
                        .getString("contactHours"));
    }

    @Test
    void theAttendanceApiIsInTheOpenApiDescriptionWithTheApiKeyScheme() {
        String openApi = Api.anonymous(base).get("/openapi").body();
        for (String expected : List.of(
                "\"/api/v1/attendance\":",
                "\"/api/v1/attendance/csv\":",
                "\"/api/v1/candidates/{candidateNumber}/admission\":",
                "\"/api/v1/candidates/export.xlsx\":",
                "\"$ref\":\"#/components/schemas/AdmissionPage\"",
                "\"scheme\":\"bearer\"",
                "\"AttendanceInput\"",
                "All or nothing")) {
            assertTrue(openApi.contains(expected), expected + " in\n" + openApi);
        }
    }

    @Test
    void withoutAValidKeyTheApiAnswers401() {
        String batch = "[]";
        assertEquals(401, Api.anonymous(base).post("/api/v1/attendance", batch).status(), "no key");
        assertEquals(
                401,
                Api.anonymous(base)
                        .withBearer("ek_nothing_here")
                        .post("/api/v1/attendance", batch)
                        .status(),
                "unknown key");

        String row = "[{\"rowId\":\"K1\",\"candidateNumber\":\"" + candidate
                + "\",\"moduleCode\":\"AG-1\",\"date\":\"2026-03-12\",\"contactHours\":1,\"studyLoadHours\":1}]";
        assertEquals(201, provider.api().post("/api/v1/attendance", row).status(), "the key works");
        Api.Response revoked = board.post(
                "/api/v1/providers/" + provider.code() + "/api-keys/" + provider.keyPrefix() + "/revocation",
                "{\"reason\":\"laptop gestolen\"}");
        assertEquals(204, revoked.status(), revoked.body());
        Api.Response refused = provider.api().post("/api/v1/attendance", row.replace("K1", "K2"));
        assertEquals(401, refused.status(), "revoked key");
        assertEquals("unauthorized", refused.json().getString("code"));

        List<JsonObject> keys = board.get("/api/v1/providers/" + provider.code() + "/api-keys")
                .array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, keys.size());
        assertFalse(keys.get(0).toString().contains("ek_"), "the secret is never shown again: " + keys);
        assertTrue(keys.get(0).containsKey("revokedAt"));
    }

    @Test
    void aProviderSeesAndTouchesOnlyItsOwn() throws SQLException {
        provider.uploadCsv(HEADER + "OWN-1," + candidate + ",AG-1,2026-03-12,6,10\n");
        TrainingProvider other = TrainingProvider.create(base);
        other.module("AO-1", AO, "5", "5");

        assertEquals(
                404,
                other.api()
                        .get("/api/v1/candidates/" + candidate + "/admission")
                        .status(),
                "no records for them");
        assertEquals(404, other.api().get("/api/v1/candidates/" + candidate).status());
        assertEquals(
                404,
                other.api()
                        .get("/api/v1/candidates/" + candidate + "/attendance")
                        .status());
        assertEquals(0, other.api().get("/api/v1/candidates").json().getInt("total"), "nobody in its list");
        assertEquals(1, provider.api().get("/api/v1/candidates").json().getInt("total"));

        String correction =
                "{\"moduleCode\":\"AG-1\",\"date\":\"2026-03-12\",\"contactHours\":\"1\",\"studyLoadHours\":\"1\","
                        + "\"reason\":\"probeer\"}";
        assertEquals(
                404, other.api().put("/api/v1/attendance/OWN-1", correction).status(), "another provider's record");
        assertEquals(
                404,
                other.api()
                        .post("/api/v1/attendance/OWN-1/withdrawal", "{\"reason\":\"x\"}")
                        .status());
        assertEquals(
                404,
                other.api()
                        .put(
                                "/api/v1/modules/AG-1",
                                "{\"title\":\"Overgenomen\",\"contactHours\":\"1\"," + "\"studyLoadHours\":\"1\"}")
                        .status(),
                "another provider's module");
        Api.Response usingTheirModule = other.api()
                .inLanguage("en")
                .post(
                        "/api/v1/attendance",
                        "[{\"rowId\":\"X1\",\"candidateNumber\":\"" + candidate
                                + "\",\"moduleCode\":\"AG-1\",\"date\":\"2026-03-12\",\"contactHours\":1,\"studyLoadHours\":1}]");
        assertEquals(422, usingTheirModule.status());
        assertTrue(usingTheirModule.body().contains("'AG-1' is not one of your modules"), usingTheirModule.body());
        assertTrue(other.api().get("/api/v1/attendance").json().getInt("total") == 0, "none of the other's records");
        assertEquals(
                "6",
                provider.api()
                        .get("/api/v1/candidates/" + candidate + "/admission")
                        .json()
                        .getString("contactHours"),
                "untouched");
    }

    @Test
    void correctionsWithdrawalsAndVoidingAreAuditedAndTheTotalsFollow() throws SQLException {
        provider.uploadCsv(HEADER + "C-1," + candidate + ",AG-1,2026-03-12,6,10\n" + "C-2," + candidate
                + ",AG-1,2026-03-19,8,12\n");
        assertEquals("14", contactHours());

        Api.Response corrected = provider.api()
                .put(
                        "/api/v1/attendance/C-1",
                        "{\"moduleCode\":\"AG-1\",\"date\":\"2026-03-12\","
                                + "\"contactHours\":\"4.5\",\"studyLoadHours\":\"10\",\"reason\":\"kandidaat vertrok na de lunch\"}");
        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("12.5", contactHours());

        Api.Response noReason = provider.api().post("/api/v1/attendance/C-2/withdrawal", "{\"reason\":\" \"}");
        assertEquals(400, noReason.status(), "a withdrawal needs a reason");
        assertEquals(
                200,
                provider.api()
                        .post("/api/v1/attendance/C-2/withdrawal", "{\"reason\":\"verkeerde kandidaat\"}")
                        .status());
        assertEquals("4.5", contactHours());
        assertEquals(
                409,
                provider.api()
                        .post("/api/v1/attendance/C-2/withdrawal", "{\"reason\":\"nogmaals\"}")
                        .status());

        long id =
                board
                        .get("/api/v1/candidates/" + candidate + "/attendance")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(r -> r.getString("rowId").equals("C-1"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        assertEquals(
                403,
                provider.api()
                        .post("/api/v1/attendance-records/" + id + "/voiding", "{\"reason\":\"x\"}")
                        .status(),
                "only the board voids");
        Api.Response voided =
                board.post("/api/v1/attendance-records/" + id + "/voiding", "{\"reason\":\"module niet erkend\"}");
        assertEquals(200, voided.status(), voided.body());
        assertEquals("VOIDED", voided.json().getString("status"));
        assertEquals("0", contactHours());

        List<JsonObject> audit = board
                .get("/api/v1/audit?action=attendance.")
                .json()
                .getJsonArray("entries")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("objectId").startsWith(provider.code() + "/C-"))
                .toList();
        List<String> actions = audit.stream().map(e -> e.getString("action")).toList();
        assertTrue(
                actions.containsAll(List.of("attendance.corrected", "attendance.withdrawn", "attendance.voided")),
                actions.toString());
        JsonObject correction = audit.stream()
                .filter(e -> e.getString("action").equals("attendance.corrected"))
                .findFirst()
                .orElseThrow();
        assertEquals("kandidaat vertrok na de lunch", correction.getString("reason"));
        assertTrue(
                correction.getString("details").contains("6")
                        && correction.getString("details").contains("4.5"),
                correction.toString());
    }

    @Test
    void aCorrectionOfARecordSomeoneCorrectedSinceItWasReadReplacesNothing() {
        provider.uploadCsv(HEADER + "V-1," + candidate + ",AG-1,2026-03-12,6,10\n");
        String path = "/api/v1/attendance/V-1";
        String read = etagOf(provider.storedRecord(candidate, "V-1"));

        Api.Response first = provider.api().put(path, correction("2026-03-12", "4.5", "vertrok na de lunch"), read);
        assertEquals(200, first.status(), first.toString());
        String now = first.header("ETag");
        assertEquals(etagOf(first.json()), now, "the ETag is the version");
        assertNotEquals(read, now);

        // a colleague's correction, made on what was read before the first, is refused and replaces nothing
        Api.Response second = provider.api().put(path, correction("2026-03-13", "6", "verkeerde datum"), read);
        assertEquals(412, second.status(), second.toString());
        JsonObject problem = second.json();
        assertEquals("attendance.changedMeanwhile", problem.getString("code"), problem.toString());
        assertTrue(
                problem.getString("detail")
                        .contains("Nu: AG-1 op 2026-03-12, 4,5 contacturen, 10 studiebelastingsuren"),
                problem.toString());
        JsonObject stored = provider.storedRecord(candidate, "V-1");
        assertEquals("4.5", stored.getString("contactHours"));
        assertEquals("vertrok na de lunch", stored.getString("changeReason"));
        assertEquals(now, etagOf(stored), "no new version");

        // made on the version it now knows, the colleague's correction is stored
        assertEquals(
                200,
                provider.api()
                        .put(path, correction("2026-03-13", "4.5", "verkeerde datum"), now)
                        .status());
        assertEquals("2026-03-13", provider.storedRecord(candidate, "V-1").getString("date"));
    }

    @Test
    void aWithdrawalOrVoidingOfARecordCorrectedSinceItWasReadLeavesItCounting() {
        provider.uploadCsv(HEADER + "W-1," + candidate + ",AG-1,2026-03-12,6,10\n");
        String read = etagOf(provider.storedRecord(candidate, "W-1"));
        String now = provider.api()
                .put("/api/v1/attendance/W-1", correction("2026-03-12", "4.5", "vertrok na de lunch"), read)
                .header("ETag");

        Api.Response withdrawal =
                provider.api().post("/api/v1/attendance/W-1/withdrawal", "{\"reason\":\"dubbel\"}", read);
        assertEquals(412, withdrawal.status(), withdrawal.toString());
        assertEquals("attendance.changedMeanwhile.withdraw", withdrawal.json().getString("code"));
        assertTrue(
                withdrawal.json().getString("detail").contains("hij is niet ingetrokken. Nu: AG-1 op 2026-03-12, 4,5"),
                withdrawal.toString());
        long id = provider.storedRecord(candidate, "W-1").getJsonNumber("id").longValue();
        Api.Response voiding = board.post(
                "/api/v1/attendance-records/" + id + "/voiding", "{\"reason\":\"module niet erkend\"}", read);
        assertEquals(412, voiding.status(), voiding.toString());
        assertEquals("attendance.changedMeanwhile.void", voiding.json().getString("code"));
        JsonObject stored = provider.storedRecord(candidate, "W-1");
        assertEquals("ACTIVE", stored.getString("status"), "it still counts");
        assertEquals(now, etagOf(stored), "no new version");

        Api.Response withdrawn =
                provider.api().post("/api/v1/attendance/W-1/withdrawal", "{\"reason\":\"dubbel\"}", now);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
    }

    private static String correction(String date, String contactHours, String reason) {
        return Json.createObjectBuilder()
                .add("moduleCode", "AG-1")
                .add("date", date)
                .add("contactHours", contactHours)
                .add("studyLoadHours", "10")
                .add("reason", reason)
                .build()
                .toString();
    }

    @Test
    void theBoardListsFiltersAndExportsEveryCandidate() throws Exception {
        provider.uploadCsv(HEADER + "E-1," + candidate + ",AG-1,2026-03-12,6,10\n");
        JsonObject list = board.get("/api/v1/candidates?q=" + candidate + "&admitted=false")
                .json();
        assertEquals(1, list.getInt("total"));
        assertEquals("6", list.getJsonArray("candidates").getJsonObject(0).getString("contactHours"));
        assertEquals(
                0,
                board.get("/api/v1/candidates?q=" + candidate + "&admitted=true")
                        .json()
                        .getInt("total"));
        assertEquals(
                1,
                board.get("/api/v1/candidates?provider=" + provider.code())
                        .json()
                        .getInt("total"));

        Api.Download csv = board.download("/api/v1/candidates/export.csv?provider=" + provider.code(), "text/csv");
        assertEquals(200, csv.status());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFkandidaatnummer,naam,toelaatbaar,contacturen"), text);
        assertTrue(text.contains(candidate + "," + annaName + ",nee,6,10,6,0,0,0,"), text);

        Api.Download xlsx = board.download(
                "/api/v1/candidates/export.xlsx?provider=" + provider.code(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = sheet.getRow(1);
            assertEquals(candidate, row.getCell(0).getStringCellValue());
            assertEquals(6.0, row.getCell(3).getNumericCellValue());
            assertTrue(
                    row.getCell(9).getStringCellValue().contains("6 van 60 contacturen"),
                    row.getCell(9).getStringCellValue());
        }
        assertEquals(
                403,
                provider.api()
                        .download("/api/v1/candidates/export.csv", "text/csv")
                        .status(),
                "the export is the board's");
    }

    @Test
    void theBoardsPageExportsTheFilteredListAsCsvAndExcel() {
        provider.uploadCsv(HEADER + "P-1," + candidate + ",AG-1,2026-03-12,6,10\n");
        FormSession session = FormSession.loggedIn(base, TestAccounts.BOARD_USERNAME, TestAccounts.BOARD_PASSWORD);
        String viewState =
                FormSession.viewState(session.get("/board/candidates.xhtml").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("candidates", "candidates");
        form.put("candidates:admitted_input", "false");
        form.put("candidates:provider_input", provider.code());
        form.put("candidates:text", "");
        form.put("jakarta.faces.ViewState", viewState);

        form.put("candidates:exportCsv", "");
        HttpResponse<String> csv = session.post("/board/candidates.xhtml", form);
        assertEquals(200, csv.statusCode());
        assertTrue(
                csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                csv.headers().toString());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("toelating.csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(2, lines.size(), "the header and this provider's one candidate: " + lines);
        assertTrue(lines.get(1).startsWith(candidate + "," + annaName + ",nee,6,10,"), lines.get(1));

        form.remove("candidates:exportCsv");
        form.put("candidates:exportExcel", "");
        HttpResponse<String> xlsx = session.post("/board/candidates.xhtml", form);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(xlsx.body().startsWith("PK"), "a zip archive, as every .xlsx is");
    }

    @Test
    void registeringAKnownPersonGivesTheSameCandidate() {
        String carla = TestAccounts.unique("Carla Smit");
        String body = "{\"fullName\":\"" + carla + "\",\"email\":\"" + TestAccounts.unique("carla") + "@example.org\","
                + "\"dateOfBirth\":\"1985-06-01\"}";
        Api.Response first = provider.api().post("/api/v1/candidates", body);
        assertEquals(201, first.status(), first.body());
        TrainingProvider other = TrainingProvider.create(base);
        Api.Response again = other.api()
                .post(
                        "/api/v1/candidates",
                        "{\"fullName\":\" " + carla.toUpperCase() + " \",\"email\":\"" + TestAccounts.unique("other")
                                + "@example.org\",\"dateOfBirth\":\"1985-06-01\"}");
        assertEquals(200, again.status(), again.body());
        assertTrue(again.json().getBoolean("existing"));
        assertEquals(
                first.json().getJsonObject("candidate").getString("candidateNumber"),
                again.json().getJsonObject("candidate").getString("candidateNumber"));
        Api.Response invalid = provider.api()
                .inLanguage("en")
                .post(
                        "/api/v1/candidates",
                        "{\"fullName\":\"X\",\"email\":\"x@example.org\"," + "\"dateOfBirth\":\"2099-01-01\"}");
        assertEquals(400, invalid.status(), "a validation problem");
        assertTrue(invalid.body().contains("must lie in the past"), invalid.body());
    }

    @Test
    void twoRevisionsOfOneModuleAtTheSameMomentGiveAConflictNotAServerError() throws Exception {
        // Eight revisions of one module are sent at once, round after round, until two meet: the one
        // that loses the race is told so (409) and nothing of it is stored.
        List<Api.Response> conflicts = new ArrayList<>();
        Set<String> sent = new HashSet<>();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50 && conflicts.isEmpty(); round++) {
                List<Future<Api.Response>> answers = new ArrayList<>();
                CountDownLatch released = new CountDownLatch(1);
                for (int i = 0; i < 8; i++) {
                    String title = "Module AG-1, versie " + round + "." + i;
                    sent.add(title);
                    String body = Json.createObjectBuilder()
                            .add("title", title)
                            .add("theme", AG)
                            .add("contactHours", "8")
                            .add("studyLoadHours", "12")
                            .add("active", true)
                            .build()
                            .toString();
                    answers.add(senders.submit(() -> {
                        released.await();
                        return provider.api().put("/api/v1/modules/AG-1", body);
                    }));
                }
                released.countDown();
                for (Future<Api.Response> answer : answers) {
                    Api.Response response = answer.get();
                    assertTrue(response.status() == 200 || response.status() == 409, response.toString());
                    if (response.status() == 409) {
                        conflicts.add(response);
                    }
                }
            }
        } finally {
            senders.shutdownNow();
        }

        assertFalse(conflicts.isEmpty(), "no two of 50 rounds of eight revisions met");
        JsonObject problem = conflicts.get(0).json();
        assertEquals("concurrent-change", problem.getString("code"), problem.toString());
        assertTrue(
                problem.getString("detail").startsWith("Iemand anders wijzigde dit op hetzelfde moment"),
                problem.toString());
        String stored = provider.storedModule("AG-1").getString("title");
        assertTrue(sent.contains(stored), "the module holds one whole revision: " + stored);
    }

    @Test
    void aRevisionOfAModuleSomeoneChangedSinceItWasReadOverwritesNothing() {
        provider.module("AG-V", AG, "4", "6");
        String path = "/api/v1/modules/AG-V";
        String read = etagOf(provider.storedModule("AG-V"));

        // a colleague's system revises the module first, with the version both read
        Api.Response theirs = provider.api().put(path, revision("Wet verbetering poortwachter", "6", "9"), read);
        assertEquals(200, theirs.status(), theirs.toString());
        String now = theirs.header("ETag");
        assertEquals(etagOf(theirs.json()), now, "the ETag is the version");
        assertNotEquals(read, now, "a revision makes a new version");

        // the revision made on what was read before is refused with what is stored now, and stores nothing
        Api.Response mine = provider.api().put(path, revision("Poortwachter", "4", "6"), read);
        assertEquals(412, mine.status(), mine.toString());
        JsonObject problem = mine.json();
        assertEquals("module.changedMeanwhile", problem.getString("code"), problem.toString());
        assertTrue(
                problem.getString("detail")
                        .contains(
                                "Nu opgeslagen: \u201eWet verbetering poortwachter\u201d, 6 contacturen, 9 studiebelastingsuren"),
                problem.toString());
        JsonObject stored = provider.storedModule("AG-V");
        assertEquals("Wet verbetering poortwachter", stored.getString("title"), stored.toString());
        assertEquals(now, etagOf(stored), "no new version");

        // revised again on the version it now knows, it is stored; a weak tag or a bare number does as well
        Api.Response again = provider.api().put(path, revision("Poortwachter", "6", "9"), now);
        assertEquals(200, again.status(), again.toString());
        assertEquals("Poortwachter", provider.storedModule("AG-V").getString("title"));
        assertEquals(
                200,
                provider.api()
                        .put(path, revision("Poortwachter", "6", "10"), "W/" + again.header("ETag"))
                        .status());

        // an If-Match that names no version is refused as such; a client that sends none changes what is there
        Api.Response unreadable = provider.api().put(path, revision("Poortwachter", "7", "10"), "versie drie");
        assertEquals(400, unreadable.status(), unreadable.toString());
        assertTrue(unreadable.json().getString("detail").contains("'versie drie'"), unreadable.toString());
        assertEquals(
                "6", provider.storedModule("AG-V").getString("contactHours"), "the refused revision stored nothing");
        assertEquals(
                200,
                provider.api().put(path, revision("Poortwachter", "7", "10")).status());
        assertEquals("7", provider.storedModule("AG-V").getString("contactHours"));
    }

    private static String revision(String title, String contactHours, String studyLoadHours) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("contactHours", contactHours)
                .add("studyLoadHours", studyLoadHours)
                .build()
                .toString();
    }

    @Test
    void aBatchSentAgainBeforeTheFirstAnswerCameIsStoredOnceAndAnsweredAsARepeat() throws Exception {
        // A provider's system that times out and sends the same batch again, six times at once.
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                int before = records(provider);
                String rowId = TestAccounts.unique("RETRY");
                String batch = "[{\"rowId\":\"" + rowId + "\",\"candidateNumber\":\"" + candidate
                        + "\",\"moduleCode\":\"AG-1\",\"date\":\"2026-03-1" + round
                        + "\",\"contactHours\":\"2\",\"studyLoadHours\":\"3\"}]";
                List<Future<Api.Response>> answers = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    answers.add(senders.submit(() -> provider.api().post("/api/v1/attendance", batch)));
                }
                int added = 0;
                for (Future<Api.Response> answer : answers) {
                    Api.Response response = answer.get();
                    assertTrue(response.status() == 201 || response.status() == 200, response.toString());
                    added += response.json().getInt("added");
                    assertEquals(
                            1, response.json().getInt("added") + response.json().getInt("alreadyRecorded"));
                }
                assertEquals(1, added, "round " + round + ": one of the six stored the row");
                assertEquals(before + 1, records(provider), "round " + round + ": stored once");
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void whoseSaveOfAModuleOnThePageLostTheRaceIsToldSoAndStaysOnThePage() throws Exception {
        // Six of the provider's staff have module AG-1 open for editing and press Opslaan at the
        // same moment, round after round, until two saves meet.
        TestAccounts.Credentials staff =
                TestAccounts.create(base, "PROVIDER", provider.code(), TestAccounts.unique("Otto Opleider"));
        List<FormSession> editors = new ArrayList<>();
        List<String> viewStates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            FormSession editor = FormSession.loggedIn(base, staff.username(), staff.password());
            editors.add(editor);
            viewStates.add(
                    FormSession.viewState(editor.get("/provider/modules.xhtml").body()));
        }
        List<String> lost = new ArrayList<>();
        ExecutorService savers = Executors.newFixedThreadPool(editors.size());
        try {
            for (int round = 0; round < 50 && lost.isEmpty(); round++) {
                List<Future<HttpResponse<String>>> saves = new ArrayList<>();
                CountDownLatch pressed = new CountDownLatch(1);
                for (int i = 0; i < editors.size(); i++) {
                    FormSession editor = editors.get(i);
                    String viewState = viewStates.get(i);
                    HttpResponse<String> opened = editor.post(
                            "/provider/modules.xhtml",
                            Map.of(
                                    "jakarta.faces.partial.ajax", "true",
                                    "jakarta.faces.source", "modules:table:0:edit",
                                    "jakarta.faces.partial.execute", "modules:table:0:edit",
                                    "jakarta.faces.partial.render", "editor",
                                    "modules:table:0:edit", "modules:table:0:edit",
                                    "modules", "modules",
                                    "jakarta.faces.ViewState", viewState));
                    assertTrue(opened.body().contains("AG-1"), opened.body());
                    Map<String, String> save = Map.of(
                            "jakarta.faces.partial.ajax", "true",
                            "jakarta.faces.source", "editor:save",
                            "jakarta.faces.partial.execute", "editor",
                            "jakarta.faces.partial.render", "editor modules",
                            "editor:save", "editor:save",
                            "editor", "editor",
                            "editor:title", "Module AG-1, ronde " + round + ", " + (i + 1) + "e opleider",
                            "editor:contact", "8",
                            "editor:studyLoad", "12",
                            "jakarta.faces.ViewState", viewState);
                    saves.add(savers.submit(() -> {
                        pressed.await();
                        return editor.post("/provider/modules.xhtml", save);
                    }));
                }
                pressed.countDown(); // all six press Opslaan together
                for (Future<HttpResponse<String>> saved : saves) {
                    String answer = saved.get().body();
                    assertFalse(answer.contains("<redirect") || answer.contains("<error>"), answer);
                    if (answer.contains("Iemand anders wijzigde dit op hetzelfde moment")) {
                        lost.add(answer);
                    }
                }
            }
        } finally {
            savers.shutdownNow();
        }

        assertFalse(lost.isEmpty(), "no two of 50 rounds of six saves met");
        assertTrue(
                lost.get(0).contains("Wat u invulde staat er nog")
                        && lost.get(0).contains("e opleider"),
                "the message, and the form as it was filled in: " + lost.get(0));
    }

    @Test
    void changingTheRuleInExamContentChangesTheStatusOnTheNextImport() throws Exception {
        provider.module("AO-1", AO, "2", "3");
        provider.module("WK-1", WK, "2", "3");
        provider.module("PR-1", PR, "2", "3");
        provider.uploadCsv(HEADER + "S-1," + candidate + ",AG-1,2026-03-12,2,3\n" + "S-2," + candidate
                + ",AO-1,2026-03-12,2,3\n" + "S-3," + candidate + ",WK-1,2026-03-12,2,3\n" + "S-4," + candidate
                + ",PR-1,2026-03-12,2,3\n");
        assertFalse(admitted());
        String scheme = "schemes/rnvc-casemanager.yaml";
        ContentFixture lenient = ContentFixture.real()
                .replace(scheme, "minContactHours: 60", "minContactHours: 8")
                .replace(scheme, "minStudyLoadHours: 100", "minStudyLoadHours: 12");
        try {
            assertEquals(
                    200,
                    board.send("POST", "/api/v1/content/imports", "application/zip", lenient.zip())
                            .status());
            assertTrue(admitted(), "the same hours now meet the rule");
        } finally {
            assertEquals(
                    200,
                    board.send(
                                    "POST",
                                    "/api/v1/content/imports",
                                    "application/zip",
                                    ContentFixture.real().zip())
                            .status());
        }
        assertFalse(admitted());
    }

    private boolean admitted() {
        return board.get("/api/v1/candidates/" + candidate + "/admission")
                .json()
                .getBoolean("admitted");
    }

    private String contactHours() {
        return board.get("/api/v1/candidates/" + candidate + "/admission")
                .json()
                .getString("contactHours");
    }

    private static JsonObject theme(JsonObject admission, String code) {
        return admission.getJsonArray("themes").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static int records(TrainingProvider provider) throws SQLException {
        return ((Number) TestDatabase.row(
                                "select count(*) as n from attendance_record r join provider_organisation p"
                                        + " on p.id = r.provider_id where p.code = ?",
                                provider.code())
                        .get("n"))
                .intValue();
    }

    /** The ETag that names the version of a module or record as the API gives it ("3"). */
    private static String etagOf(JsonObject withVersion) {
        return "\"" + withVersion.getJsonNumber("version").longValue() + "\"";
    }
}
