package nl.examenkamer.web;

import java.util.OptionalLong;

/**
 * A detail page's parameter as it came in the address, which a person may have typed or cut short.
 * Numeric parameters are read here rather than by a Faces converter, because a failed conversion
 * skips the page's {@code viewAction} and leaves an empty page with no word of why.
 */
public final class PageParameter {

    private PageParameter() {}

    public static boolean missing(String value) {
        return value == null || value.isBlank();
    }

    /** The positive whole number in {@code value}, or empty when it holds anything else. */
    public static OptionalLong number(String value) {
        if (missing(value)) {
            return OptionalLong.empty();
        }
        try {
            long number = Long.parseLong(value.strip());
            return number > 0 ? OptionalLong.of(number) : OptionalLong.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }
}
