package nl.examenkamer.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnoughElevenAreNot() {
        assertEquals(List.of("password.tooShort"), keys(PasswordPolicy.check("karin", "abcdefghijk")));
        assertTrue(PasswordPolicy.check("karin", "abcdefghijkl").isEmpty());
    }

    @Test
    void theUserNameMayNotBeInThePassword() {
        assertEquals(
                List.of("password.containsUsername"), keys(PasswordPolicy.check("karin", "mijn-KARIN-wachtwoord")));
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertEquals(List.of("password.tooLong"), keys(PasswordPolicy.check("karin", "x".repeat(129))));
        assertTrue(PasswordPolicy.check("karin", "x".repeat(128)).isEmpty());
    }

    @Test
    void aMissingPasswordIsTooShort() {
        assertEquals(List.of("password.tooShort"), keys(PasswordPolicy.check("karin", null)));
    }

    private static List<String> keys(List<PasswordPolicy.Violation> violations) {
        return violations.stream().map(PasswordPolicy.Violation::messageKey).toList();
    }
}
