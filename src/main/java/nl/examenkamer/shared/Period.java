package nl.examenkamer.shared;

/**
 * The rule every period a user asks about keeps: it does not end before it starts. Such a period
 * used to come back as an empty list, which reads as "nothing happened" rather than "you swapped
 * the dates".
 */
public final class Period {

    private Period() {}

    /** Refuses a period that ends before it starts; an end left open ({@code null}) is fine. */
    public static <T extends Comparable<? super T>> void requireOrdered(T from, T until) {
        if (from != null && until != null && until.compareTo(from) < 0) {
            throw RuleViolation.invalid("period.reversed", from, until);
        }
    }
}
