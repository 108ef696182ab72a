package nl.examenkamer.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need something outside the JVM (Chromium, a PostgreSQL server) skip with a message
 * on a machine that lacks it. CI sets {@code EXAMENKAMER_STRICT=1} (see {@code .ci/run}), which
 * turns every such skip into a failure, so CI always runs them.
 */
public final class Requirements {

    private Requirements() {}

    public static boolean strict() {
        return "1".equals(System.getenv("EXAMENKAMER_STRICT")) || Boolean.getBoolean("examenkamer.strict");
    }

    /** Skips the test (or, in strict mode, fails it) when {@code available} is false. */
    public static void require(boolean available, String what) {
        if (available) {
            return;
        }
        String message = what + " is not available on this machine";
        if (strict()) {
            Assertions.fail(message + " (EXAMENKAMER_STRICT=1 forbids skipping)");
        }
        Assumptions.abort(message + ": test skipped");
    }
}
