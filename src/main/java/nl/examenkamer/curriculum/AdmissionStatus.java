package nl.examenkamer.curriculum;

import java.io.Serializable;
import java.util.List;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.Reason;

/**
 * A candidate's admission status as far as the curriculum is concerned, recomputed whole from their
 * hours each time: admitted or not, the totals against the minimums, the hours per theme, and every
 * rule not yet met with its numbers ("57.5 of 60 contact hours") as a message key and arguments.
 */
public record AdmissionStatus(
        boolean admitted,
        Hours contact,
        Hours studyLoad,
        Hours minContact,
        Hours minStudyLoad,
        Hours minThemeContact,
        List<ThemeHours> themes,
        List<Reason> unmet)
        implements Serializable {

    public AdmissionStatus {
        themes = List.copyOf(themes);
        unmet = List.copyOf(unmet);
    }

    /** Whether the hours on a theme meet the rule: more than nothing, and at least the minimum. */
    public boolean covers(ThemeHours hours) {
        return covers(hours, minThemeContact);
    }

    static boolean covers(ThemeHours hours, Hours minThemeContact) {
        return hours.contact().isPositive() && hours.contact().isAtLeast(minThemeContact);
    }
}
