package nl.examenkamer.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number of hours with quarter-hour precision (0, 0.25, 0.5 ...), never negative: contact hours
 * and study-load hours of the curriculum. Parsing accepts only a decimal point, so "7,5" is refused
 * with a clear reason instead of being read as 75 or 7.
 */
public final class Hours implements Comparable<Hours>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal QUARTERS = new BigDecimal(4);

    public static final Hours ZERO = new Hours(BigDecimal.ZERO);

    private final BigDecimal value;

    private Hours(BigDecimal value) {
        this.value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Why a text is not a number of hours, or null when it is. */
    public static Reason problemWith(String text) {
        if (text == null || text.isBlank()) {
            return Reason.of("hours.empty");
        }
        String trimmed = text.strip();
        if (trimmed.contains(",")) {
            return Reason.of("hours.decimalComma", trimmed, trimmed.replace(',', '.'));
        }
        BigDecimal number;
        try {
            number = new BigDecimal(trimmed);
        } catch (NumberFormatException e) {
            return Reason.of("hours.notANumber", trimmed);
        }
        return problemWith(number);
    }

    public static Reason problemWith(BigDecimal number) {
        if (number.signum() < 0) {
            return Reason.of("hours.negative", number.toPlainString());
        }
        if (number.multiply(QUARTERS).stripTrailingZeros().scale() > 0) {
            return Reason.of("hours.notQuarters", number.toPlainString());
        }
        if (number.compareTo(new BigDecimal("10000")) >= 0) {
            return Reason.of("hours.tooLarge", number.toPlainString());
        }
        return null;
    }

    public static Hours parse(String text) {
        Reason problem = problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem.toString());
        }
        return new Hours(new BigDecimal(text.strip()));
    }

    public static Hours of(BigDecimal number) {
        Reason problem = problemWith(number);
        if (problem != null) {
            throw new IllegalArgumentException(problem.toString());
        }
        return new Hours(number);
    }

    public static Hours of(String number) {
        return of(new BigDecimal(number));
    }

    public Hours plus(Hours other) {
        return new Hours(value.add(other.value));
    }

    public Hours minus(Hours other) {
        BigDecimal difference = value.subtract(other.value);
        return difference.signum() <= 0 ? ZERO : new Hours(difference);
    }

    public boolean isAtLeast(Hours other) {
        return compareTo(other) >= 0;
    }

    /**
     * How far these hours are towards a minimum, 0 to 100. Rounded down, so that a progress bar reads
     * 100 % only once the minimum is met (59.75 of 60 is 99 %); 100 without a minimum.
     */
    public int percentageOf(Hours minimum) {
        if (!minimum.isPositive()) {
            return 100;
        }
        return value.multiply(BigDecimal.valueOf(100))
                .divide(minimum.value, 0, RoundingMode.DOWN)
                .min(BigDecimal.valueOf(100))
                .intValueExact();
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public BigDecimal value() {
        return value;
    }

    @Override
    public int compareTo(Hours other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hours that && value.compareTo(that.value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.stripTrailingZeros());
    }

    /** As people write it: 57.5, 60, 0.25. */
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString();
    }
}
