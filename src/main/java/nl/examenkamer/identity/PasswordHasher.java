package nl.examenkamer.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Hashes passwords with the platform's PBKDF2 implementation: HMAC-SHA512, 210,000 iterations,
 * 32-byte salt (OWASP's 2023 figures). The stored form names algorithm, iterations and salt, so
 * hashes made with older settings still verify after the settings are raised. A match is
 * remembered for {@link #REMEMBERED} (see {@link VerifiedPasswords}), so that API clients sending
 * HTTP Basic credentials with every request do not pay the full check on every call.
 */
@ApplicationScoped
public class PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    private static final Duration REMEMBERED = Duration.ofMinutes(5);
    private static final int REMEMBERED_AT_MOST = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    private Clock clock;

    private VerifiedPasswords verified;

    // Verified against when a user name is unknown, so that a wrong name costs as long as a
    // wrong password and response times do not reveal which accounts exist.
    private String decoy;

    @PostConstruct
    void initialise() {
        pbkdf2.initialize(PARAMETERS);
        verified = new VerifiedPasswords(clock, REMEMBERED, REMEMBERED_AT_MOST);
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        decoy = hash(Base64.getEncoder().encodeToString(random));
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        if (verified.remembers(password, storedHash)) {
            return true;
        }
        boolean matches = pbkdf2.verify(password.toCharArray(), storedHash);
        if (matches) {
            verified.remember(password, storedHash);
        }
        return matches;
    }

    /** Spends the time of one verification, for a log-in with an unknown user name. */
    public void verifyDecoy(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }

    /** A temporary password the board hands to a user: 16 characters without look-alikes (0/O, 1/l). */
    public static String temporaryPassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(RANDOM.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }
}
