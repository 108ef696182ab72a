package nl.examenkamer.curriculum;

import java.io.Serializable;
import nl.examenkamer.shared.Hours;

/** The contact hours and study-load hours a candidate has on one theme. */
public record ThemeHours(String theme, Hours contact, Hours studyLoad) implements Serializable {

    public static ThemeHours none(String theme) {
        return new ThemeHours(theme, Hours.ZERO, Hours.ZERO);
    }

    public ThemeHours plus(Hours moreContact, Hours moreStudyLoad) {
        return new ThemeHours(theme, contact.plus(moreContact), studyLoad.plus(moreStudyLoad));
    }
}
