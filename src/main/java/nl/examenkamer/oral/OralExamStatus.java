package nl.examenkamer.oral;

/** Where an oral exam is: planned (and being scored), cancelled, or released to the candidate. */
public enum OralExamStatus {
    PLANNED,
    CANCELLED,
    RELEASED
}
