package nl.examenkamer.shared.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail that failed is tried again: 3 s after the first failure, doubling to at most an hour,
 * for three days from when it was queued. A short hiccup costs seconds; an SMTP server that is
 * down over a night loses nothing; a mail that nobody can deliver stops being tried.
 */
public final class MailRetry {

    static final Duration FIRST = Duration.ofSeconds(3);
    static final Duration LONGEST = Duration.ofHours(1);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(3);

    private MailRetry() {}

    /** After the {@code failures}-th failure (from 1) at {@code now}: when to try next, or empty to give up. */
    public static Optional<Instant> next(int failures, Instant queuedAt, Instant now) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures from 1: " + failures);
        }
        // 3 s doubled 11 times passes the hour already; the bound on the shift keeps it from overflowing
        Duration doubled = FIRST.multipliedBy(1L << Math.min(failures - 1, 20));
        Instant next = now.plus(doubled.compareTo(LONGEST) > 0 ? LONGEST : doubled);
        return next.isAfter(queuedAt.plus(GIVE_UP_AFTER)) ? Optional.empty() : Optional.of(next);
    }
}
