package nl.examenkamer.written;

/** Where an attempt is. Every status but IN_PROGRESS is final and scored. */
public enum AttemptStatus {
    IN_PROGRESS,
    /** The candidate handed in. */
    SUBMITTED,
    /** The deadline passed before the candidate handed in; the server closed it. */
    TIMED_OUT,
    /** The board closed the session while the attempt was open. */
    CLOSED;

    public boolean finished() {
        return this != IN_PROGRESS;
    }
}
