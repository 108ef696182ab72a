package nl.examenkamer.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.examenkamer.shared.RuleViolation;

/**
 * A candidate's number in the register: "C" followed by six digits and a check digit (Luhn), such
 * as C0000125. The check digit catches a mistyped or swapped digit in an upload, so the provider is
 * told "not a valid candidate number" rather than having hours booked to somebody else.
 */
public record CandidateNumber(String value) implements Serializable {

    private static final Pattern FORM = Pattern.compile("C\\d{7}");

    public CandidateNumber {
        Objects.requireNonNull(value);
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a valid candidate number");
        }
    }

    /** The number for the n-th candidate of the register (n from 1). */
    public static CandidateNumber forSequence(long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        String digits = String.format(Locale.ROOT, "%06d", sequence);
        return new CandidateNumber("C" + digits + checkDigit(digits));
    }

    public static boolean isValid(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return false;
        }
        return checkDigit(text.substring(1, 7)) == text.charAt(7) - '0';
    }

    /** Parses what a person typed: spaces ignored, lower case accepted; an invalid number throws. */
    public static CandidateNumber parse(String text) {
        return new CandidateNumber(tidy(text));
    }

    /** What a person typed as a number, tidied as {@link #parse} does; empty when it is not a valid number. */
    public static Optional<CandidateNumber> typed(String text) {
        String tidy = tidy(text);
        return isValid(tidy) ? Optional.of(new CandidateNumber(tidy)) : Optional.empty();
    }

    /** What a person typed as a number, or a refusal that names what they typed. */
    public static CandidateNumber required(String text) {
        return typed(text).orElseThrow(() -> RuleViolation.invalid("candidate.number.invalid", String.valueOf(text)));
    }

    private static String tidy(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    }

    static int checkDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
