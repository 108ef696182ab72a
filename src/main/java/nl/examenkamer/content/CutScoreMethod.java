package nl.examenkamer.content;

/** How the cut score of a written exam is set. */
public enum CutScoreMethod {
    /** A fixed percentage of the maximum score (default 65 %). */
    PERCENTAGE_OF_MAXIMUM,
    /**
     * Cohen-Schotanus: the cut score is a percentage of the mean score of the best 5 % of
     * candidates (corrected for guessing), so that an exam that turned out hard is judged fairly.
     */
    COHEN_SCHOTANUS
}
