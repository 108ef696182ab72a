package nl.examenkamer.written;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the pages and the API show of inspections: the candidate's own, the board's list, and the exam read. */
public final class InzageViews {

    private InzageViews() {}

    /**
     * The candidate's inspection of one session: whether they took the exam (without an attempt
     * there is nothing to inspect), whether they may still ask and until when, or where their
     * request stands. State is null while none was asked for.
     */
    public record Mine(
            String sessionCode,
            boolean attempted,
            boolean requestable,
            Instant requestDeadline,
            Inzage.State state,
            Instant requestedAt,
            String note,
            Instant opensAt,
            Instant closesAt)
            implements Serializable {}

    /** Until when the candidates of a published session may ask, and the longest window the board may plan. */
    public record Terms(Instant requestDeadline, long longestWindowDays) implements Serializable {}

    /** A request in the board's list for a session. */
    public record Request(
            String candidateNumber,
            String fullName,
            Instant requestedAt,
            String note,
            Inzage.State state,
            Instant opensAt,
            Instant closesAt,
            Instant firstViewedAt)
            implements Serializable {}

    /**
     * The candidate's exam as read at the inspection: the score, and per item in the order of their
     * form the case, the question, the options with the letters they saw, what they marked, the key,
     * whether it scored, the board's neutralisation if any, the rationale and the legal sources.
     */
    public record Sheet(
            String sessionCode,
            String sessionName,
            Integer rawScore,
            Integer maxScore,
            BigDecimal grade,
            Boolean passed,
            Instant closesAt,
            List<Item> items) {

        public Sheet {
            items = List.copyOf(items);
        }
    }

    public record Item(
            int position,
            String themeName,
            String caseText,
            String question,
            List<Option> options,
            boolean correct,
            Neutralisation.Mode neutralised,
            String rationale,
            List<String> sources) {

        public Item {
            options = List.copyOf(options);
            sources = List.copyOf(sources);
        }
    }

    /** An option under the letter the candidate saw, whether they marked it and whether it is in the key. */
    public record Option(String letter, String text, boolean marked, boolean key) {}
}
