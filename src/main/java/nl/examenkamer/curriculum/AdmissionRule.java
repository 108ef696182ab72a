package nl.examenkamer.curriculum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.Reason;

/**
 * The curriculum admission rule of a scheme (seed 002): at least {@code minContact} contact hours
 * and {@code minStudyLoad} study-load hours in total, and every theme covered by at least
 * {@code minThemeContact} contact hours. The numbers come from exam-content, so changing them there
 * changes every candidate's status.
 */
public record AdmissionRule(Hours minContact, Hours minStudyLoad, Hours minThemeContact, List<Theme> themes)
        implements Serializable {

    /** A theme the rule requires, with its name for the messages. */
    public record Theme(String code, String name) implements Serializable {}

    public AdmissionRule {
        themes = List.copyOf(themes);
    }

    /** The whole status, recomputed from the candidate's hours per theme (only counting records). */
    public AdmissionStatus evaluate(Map<String, ThemeHours> hoursPerTheme) {
        List<ThemeHours> perTheme = new ArrayList<>();
        Hours contact = Hours.ZERO;
        Hours studyLoad = Hours.ZERO;
        for (ThemeHours hours : hoursPerTheme.values()) {
            contact = contact.plus(hours.contact());
            studyLoad = studyLoad.plus(hours.studyLoad());
        }
        List<Reason> unmet = new ArrayList<>();
        if (!contact.isAtLeast(minContact)) {
            unmet.add(Reason.of("admission.unmet.contact", contact.toString(), minContact.toString()));
        }
        if (!studyLoad.isAtLeast(minStudyLoad)) {
            unmet.add(Reason.of("admission.unmet.studyLoad", studyLoad.toString(), minStudyLoad.toString()));
        }
        for (Theme theme : themes) {
            ThemeHours hours = hoursPerTheme.getOrDefault(theme.code(), ThemeHours.none(theme.code()));
            perTheme.add(hours);
            if (!AdmissionStatus.covers(hours, minThemeContact)) {
                // the scheme's minimum is "more than zero" in quarter hours: "0 of at least 0.25" says it badly
                unmet.add(
                        hours.contact().isPositive()
                                ? Reason.of(
                                        "admission.unmet.theme",
                                        theme.name(),
                                        hours.contact().toString(),
                                        minThemeContact.toString())
                                : Reason.of("admission.unmet.themeNone", theme.name()));
            }
        }
        return new AdmissionStatus(
                unmet.isEmpty(), contact, studyLoad, minContact, minStudyLoad, minThemeContact, perTheme, unmet);
    }
}
