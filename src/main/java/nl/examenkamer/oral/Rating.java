package nl.examenkamer.oral;

/**
 * One competence on a form: the level chosen (null while not yet rated), the written reason a low
 * rating or a large gap needs, and notes (an examiner's observations, or the feedback the
 * candidate reads on the final form).
 */
public record Rating(String competence, Integer level, String reason, String notes) {

    public static Rating empty(String competence) {
        return new Rating(competence, null, null, null);
    }

    public boolean rated() {
        return level != null;
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
