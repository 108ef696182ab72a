package nl.examenkamer.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a few minutes that a password matched a stored hash. An API client sends its HTTP
 * Basic credentials with every request, and each PBKDF2 check costs about 0.4 s of CPU: without
 * this, every call of an integration pays that again.
 *
 * <p>Only matches are remembered: a wrong password always pays the full check and counts towards
 * the lock. An entry is keyed on the stored hash as well as the password, so after a password
 * change or reset the old entry can never match again, on any instance, without being removed.
 * The key is an HMAC under a random key of this process: memory holds no password, and nothing
 * that can be checked offline without that key.
 */
final class VerifiedPasswords {

    private static final String ALGORITHM = "HmacSHA256";

    private final Clock clock;
    private final Duration lifetime;
    private final int capacity;
    private final SecretKeySpec key;
    // insertion order: when full, the entry remembered longest ago goes first
    private final Map<String, Instant> verifiedAt = new LinkedHashMap<>();

    VerifiedPasswords(Clock clock, Duration lifetime, int capacity) {
        if (lifetime.isNegative() || capacity < 0) {
            throw new IllegalArgumentException("lifetime and capacity must not be negative");
        }
        this.clock = clock;
        this.lifetime = lifetime;
        this.capacity = capacity;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** Whether this password was found to match this stored hash less than a lifetime ago. */
    boolean remembers(String password, String storedHash) {
        String entry = entry(password, storedHash);
        Instant now = clock.instant();
        synchronized (verifiedAt) {
            Instant at = verifiedAt.get(entry);
            if (at == null) {
                return false;
            }
            if (now.isBefore(at.plus(lifetime))) {
                return true;
            }
            verifiedAt.remove(entry);
            return false;
        }
    }

    /** Records that the password matched the stored hash just now. */
    void remember(String password, String storedHash) {
        if (capacity == 0 || lifetime.isZero()) {
            return;
        }
        String entry = entry(password, storedHash);
        Instant now = clock.instant();
        synchronized (verifiedAt) {
            verifiedAt.remove(entry);
            verifiedAt.put(entry, now);
            var oldest = verifiedAt.entrySet().iterator();
            while (verifiedAt.size() > capacity) {
                oldest.next();
                oldest.remove();
            }
        }
    }

    int size() {
        synchronized (verifiedAt) {
            return verifiedAt.size();
        }
    }

    private String entry(String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            // the separator keeps ("ab", "c") and ("a", "bc") apart
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
