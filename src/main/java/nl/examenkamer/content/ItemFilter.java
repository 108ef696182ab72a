package nl.examenkamer.content;

import java.io.Serializable;

/** What the board narrows the item bank down to; every field optional. */
public record ItemFilter(
        String theme, String legalDomain, String title, ItemStatus status, Boolean needsReview, String text)
        implements Serializable {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, null, null, null);
    }
}
