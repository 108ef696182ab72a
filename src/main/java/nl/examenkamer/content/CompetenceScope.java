package nl.examenkamer.content;

/** Whether a competence belongs to every title (the ten core competencies) or to some titles only. */
public enum CompetenceScope {
    CORE,
    TITLE
}
