package nl.examenkamer.content.importing;

/**
 * A value read from a file together with the line it stands on, kept for references that can only
 * be checked once every file has been read (an item's legal sources, a blueprint's themes).
 */
public record At<T>(T value, int line) {}
