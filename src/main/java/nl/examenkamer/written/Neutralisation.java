package nl.examenkamer.written;

import java.time.Instant;

/**
 * The board's decision that an item of a closed session does not count as written, with its reason:
 * every candidate whose form held it gets the point ({@link Mode#CREDIT}), or it leaves the maximum
 * ({@link Mode#DROP}).
 */
public record Neutralisation(long itemVersionId, Mode mode, String reason, String decidedBy, Instant decidedAt) {

    public enum Mode {
        /** The point for every candidate who had the item, whatever they answered. */
        CREDIT,
        /** The item no longer counts: not in the score, not in the maximum. */
        DROP
    }
}
