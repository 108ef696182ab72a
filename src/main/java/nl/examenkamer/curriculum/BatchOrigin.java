package nl.examenkamer.curriculum;

/**
 * Where a batch of attendance rows came from. It decides how a problem points at its row: a CSV
 * line number, or an index into the JSON array.
 */
public enum BatchOrigin {
    SCREEN,
    CSV,
    API,
    /** The demo data of the README's run command. */
    DEMO
}
