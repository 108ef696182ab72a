package nl.examenkamer.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A fresh training provider for a test, acting through the API with its own API key the way a
 * provider's administration system would: modules, candidates and attendance.
 */
public final class TrainingProvider {

    private final String code;
    private final String keyPrefix;
    private final Api api;

    private TrainingProvider(String code, String keyPrefix, Api api) {
        this.code = code;
        this.keyPrefix = keyPrefix;
        this.api = api;
    }

    public static TrainingProvider create(URI base) {
        String code = TestAccounts.createProvider(base);
        Api.Response issued = TestAccounts.board(base)
                .post("/api/v1/providers/" + code + "/api-keys", "{\"label\":\"test administration\"}");
        if (issued.status() != 201) {
            throw new AssertionError("issuing a key for " + code + ": " + issued);
        }
        return new TrainingProvider(
                code,
                issued.json().getString("prefix"),
                Api.anonymous(base).withBearer(issued.json().getString("key")));
    }

    public String code() {
        return code;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public Api api() {
        return api;
    }

    /** Adds a module and returns its code (unique per provider, not globally). */
    public String module(String moduleCode, String theme, String contactHours, String studyLoadHours) {
        String body = Json.createObjectBuilder()
                .add("code", moduleCode)
                .add("title", "Module " + moduleCode)
                .add("theme", theme)
                .add("contactHours", contactHours)
                .add("studyLoadHours", studyLoadHours)
                .build()
                .toString();
        Api.Response created = api.post("/api/v1/modules", body);
        if (created.status() != 201) {
            throw new AssertionError("creating module " + moduleCode + ": " + created);
        }
        return moduleCode;
    }

    /** Registers a new person and returns their candidate number. */
    public String candidate(String fullName) {
        String email = TestAccounts.unique("kandidaat") + "@example.org";
        String body = Json.createObjectBuilder()
                .add("fullName", fullName)
                .add("email", email)
                .add("dateOfBirth", LocalDate.of(1990, 4, 23).toString())
                .build()
                .toString();
        Api.Response created = api.post("/api/v1/candidates", body);
        if (created.status() != 201) {
            throw new AssertionError("registering " + fullName + ": " + created);
        }
        return created.json().getJsonObject("candidate").getString("candidateNumber");
    }

    /** One of this provider's modules as the API lists it now. */
    public JsonObject storedModule(String moduleCode) {
        return api.get("/api/v1/modules").array().getValuesAs(JsonObject.class).stream()
                .filter(module -> module.getString("code").equals(moduleCode))
                .findFirst()
                .orElseThrow();
    }

    /** One of this provider's records of a candidate as the API lists it now. */
    public JsonObject storedRecord(String candidateNumber, String rowId) {
        return api
                .get("/api/v1/attendance?candidate=" + candidateNumber)
                .json()
                .getJsonArray("records")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(record -> record.getString("rowId").equals(rowId))
                .findFirst()
                .orElseThrow();
    }

    public Api.Response uploadCsv(String csv) {
        return uploadCsv(csv.getBytes(StandardCharsets.UTF_8));
    }

    public Api.Response uploadCsv(byte[] csv) {
        return api.send("POST", "/api/v1/attendance/csv", "text/csv", csv);
    }
}
