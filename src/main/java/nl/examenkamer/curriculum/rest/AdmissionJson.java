package nl.examenkamer.curriculum.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.examenkamer.curriculum.AdmissionStatus;
import nl.examenkamer.curriculum.ThemeHours;

/**
 * A candidate's admission status as the API returns it. Hours are decimal strings with a point
 * ("57.5"), as in the CSV files; {@code unmet} explains each rule not yet met, in the caller's
 * language.
 */
public record AdmissionJson(
        String candidateNumber,
        String fullName,
        boolean admitted,
        String contactHours,
        String minContactHours,
        String studyLoadHours,
        String minStudyLoadHours,
        List<Theme> themes,
        List<String> unmet) {

    /** Hours on one theme of the rule. */
    public record Theme(String code, String name, String contactHours, String studyLoadHours) {}

    static AdmissionJson of(
            String candidateNumber,
            String fullName,
            AdmissionStatus status,
            Map<String, String> themeNames,
            Locale locale) {
        List<Theme> themes = new ArrayList<>();
        for (ThemeHours hours : status.themes()) {
            themes.add(new Theme(
                    hours.theme(),
                    themeNames.getOrDefault(hours.theme(), hours.theme()),
                    hours.contact().toString(),
                    hours.studyLoad().toString()));
        }
        return new AdmissionJson(
                candidateNumber,
                fullName,
                status.admitted(),
                status.contact().toString(),
                status.minContact().toString(),
                status.studyLoad().toString(),
                status.minStudyLoad().toString(),
                themes,
                status.unmet().stream().map(reason -> reason.text(locale)).toList());
    }
}
