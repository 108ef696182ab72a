package nl.examenkamer.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must satisfy. Length over composition rules (NIST SP 800-63B): at least 12
 * characters, at most 128, and not the user name. Each violation is a message key with its
 * arguments, so every channel (page, REST, import) reports it in the user's language.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    public record Violation(String messageKey, Object... arguments) {}

    public static List<Violation> check(String username, String password) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            violations.add(new Violation("password.tooShort", MIN_LENGTH));
            return violations;
        }
        if (password.length() > MAX_LENGTH) {
            violations.add(new Violation("password.tooLong", MAX_LENGTH));
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            violations.add(new Violation("password.containsUsername"));
        }
        return violations;
    }
}
