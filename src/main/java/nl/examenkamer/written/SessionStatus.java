package nl.examenkamer.written;

/** A session is scheduled (candidates may start inside its window), closed (scored) or published. */
public enum SessionStatus {
    SCHEDULED,
    CLOSED,
    PUBLISHED
}
