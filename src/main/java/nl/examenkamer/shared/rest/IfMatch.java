package nl.examenkamer.shared.rest;

import jakarta.ws.rs.core.EntityTag;
import nl.examenkamer.shared.RuleViolation;

/**
 * The version a client names in If-Match when it changes something it read (the ETag it was given):
 * a change made on a version that is no longer the stored one is then refused instead of
 * overwriting what someone else changed in between.
 */
public final class IfMatch {

    private IfMatch() {}

    /** The ETag that names a version, as {@link #version} reads it back ("3"). */
    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** The version named ("3", W/"3" or 3); none for no header or "*" (any version). */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw RuleViolation.badRequest("ifMatch.unreadable", ifMatch);
        }
    }
}
