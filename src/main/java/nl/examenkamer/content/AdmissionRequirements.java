package nl.examenkamer.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The scheme's curriculum admission rule (seed 002): at least this many contact hours and
 * study-load hours in total, and every theme covered by at least the minimum contact hours.
 */
@Embeddable
public class AdmissionRequirements {

    @Column(name = "min_contact_hours")
    private BigDecimal minContactHours;

    @Column(name = "min_study_load_hours")
    private BigDecimal minStudyLoadHours;

    @Column(name = "min_theme_contact_hours")
    private BigDecimal minThemeContactHours;

    protected AdmissionRequirements() {}

    public AdmissionRequirements(
            BigDecimal minContactHours, BigDecimal minStudyLoadHours, BigDecimal minThemeContactHours) {
        this.minContactHours = minContactHours;
        this.minStudyLoadHours = minStudyLoadHours;
        this.minThemeContactHours = minThemeContactHours;
    }

    public BigDecimal minContactHours() {
        return minContactHours;
    }

    public BigDecimal minStudyLoadHours() {
        return minStudyLoadHours;
    }

    public BigDecimal minThemeContactHours() {
        return minThemeContactHours;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdmissionRequirements that
                && compare(minContactHours, that.minContactHours)
                && compare(minStudyLoadHours, that.minStudyLoadHours)
                && compare(minThemeContactHours, that.minThemeContactHours);
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                minContactHours == null ? null : minContactHours.stripTrailingZeros(),
                minStudyLoadHours == null ? null : minStudyLoadHours.stripTrailingZeros(),
                minThemeContactHours == null ? null : minThemeContactHours.stripTrailingZeros());
    }
}
