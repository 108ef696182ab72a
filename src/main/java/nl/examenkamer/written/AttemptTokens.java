package nl.examenkamer.written;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret that lets one exam page save answers. It is issued each time the candidate opens
 * the attempt (so an older window or device stops saving) and only its SHA-256 is stored.
 */
public final class AttemptTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AttemptTokens() {}

    public static String issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.valueOf(token).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long seed() {
        return RANDOM.nextLong();
    }
}
