package nl.examenkamer.content;

/** Where an item stands in its life: only ACTIVE items are drawn into exam forms. */
public enum ItemStatus {
    /** Being written, or parked because a fact is uncertain (the note says which). */
    DRAFT,
    /** Written and waiting for a second reader. */
    REVIEW,
    /** Reviewed and available to blueprints. */
    ACTIVE,
    /** No longer used, for instance because the law changed; kept for forms that used it. */
    RETIRED
}
