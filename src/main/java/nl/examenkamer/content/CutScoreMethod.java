package nl.examenkamer.content;

/** How the cut score of a written exam is set. */
public enum CutScoreMethod {
    /** A fixed percentage of the maximum score (default 65 %). */
    PERCENTAGE_OF_MAXIMUM,
    /**
     * Cohen-Schotanus: the best candidates of the session are the reference instead of the maximum
     * (the chance score plus 60 % of the way to the score at the 95th percentile), so that an exam
     * that turned out hard is judged fairly. See {@code nl.examenkamer.written.CohenSchotanus}.
     */
    COHEN_SCHOTANUS
}
