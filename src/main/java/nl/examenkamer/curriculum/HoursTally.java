package nl.examenkamer.curriculum;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.examenkamer.shared.Hours;

/** Adds up attendance per theme. Withdrawn and voided records do not count. */
public final class HoursTally {

    /** What the tally needs of a record. */
    public interface Entry {
        String theme();

        Hours contact();

        Hours studyLoad();

        AttendanceStatus status();
    }

    private HoursTally() {}

    public static Map<String, ThemeHours> perTheme(Iterable<? extends Entry> records) {
        Map<String, ThemeHours> totals = new LinkedHashMap<>();
        for (Entry record : records) {
            if (record.status() != AttendanceStatus.ACTIVE) {
                continue;
            }
            totals.merge(
                    record.theme(),
                    ThemeHours.none(record.theme()).plus(record.contact(), record.studyLoad()),
                    (a, b) -> a.plus(b.contact(), b.studyLoad()));
        }
        return totals;
    }
}
