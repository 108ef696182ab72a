package nl.examenkamer.testing;

import java.net.URI;
import java.util.UUID;

/**
 * Creates the accounts a test needs through the board's API, each with a unique name, and gives it
 * its own password the way a new user would (replacing the temporary one), so tests never share
 * or depend on each other's data.
 */
public final class TestAccounts {

    public static final String BOARD_USERNAME = "it-board";
    public static final String BOARD_PASSWORD = "examencommissie-test-1";
    public static final String PASSWORD = "een-goed-wachtwoord-42";

    private TestAccounts() {}

    public record Credentials(String username, String password) {

        public Api api(URI base) {
            return Api.as(base, username, password);
        }
    }

    public static Api board(URI base) {
        return Api.as(base, BOARD_USERNAME, BOARD_PASSWORD);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Credentials create(URI base, String role) {
        return create(base, role, null, role.toLowerCase() + " " + unique("t"));
    }

    public static Credentials create(URI base, String role, String providerCode, String displayName) {
        String username = unique(role.toLowerCase());
        String body =
                "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName + "\",\"email\":\"" + username
                        + "@example.org\",\"roles\":[\"" + role + "\"]"
                        + (providerCode == null ? "" : ",\"providerCode\":\"" + providerCode + "\"")
                        + "}";
        Api.Response created = board(base).post("/api/v1/accounts", body);
        if (created.status() != 201) {
            throw new AssertionError("creating " + username + ": " + created);
        }
        String temporary = created.json().getString("temporaryPassword");
        Api.Response changed = Api.as(base, username, temporary)
                .put(
                        "/api/v1/me/password",
                        "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + PASSWORD + "\"}");
        if (changed.status() != 204) {
            throw new AssertionError("setting the password of " + username + ": " + changed);
        }
        return new Credentials(username, PASSWORD);
    }

    public static String createProvider(URI base) {
        String code = unique("OPL").toUpperCase();
        Api.Response created =
                board(base).post("/api/v1/providers", "{\"code\":\"" + code + "\",\"name\":\"Opleider " + code + "\"}");
        if (created.status() != 201) {
            throw new AssertionError("creating provider " + code + ": " + created);
        }
        return code;
    }
}
