package nl.examenkamer.content;

/** How a candidate answers an item. */
public enum ItemType {
    /** Exactly one option is the key. */
    SINGLE,
    /** Two or more options are the key; the candidate marks every option that applies. */
    MULTIPLE
}
