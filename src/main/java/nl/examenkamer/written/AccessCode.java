package nl.examenkamer.written;

import java.security.SecureRandom;
import java.util.Locale;

/** The code the proctor hands out in the room: short, and without characters that look alike. */
public final class AccessCode {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCode() {}

    public static String generate() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Typed codes are compared without case and spaces: a proctor reads it aloud. */
    public static boolean matches(String expected, String typed) {
        return typed != null && expected.equals(typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }
}
