package nl.examenkamer.written;

import java.math.BigDecimal;
import java.util.List;
import nl.examenkamer.content.CutScoreMethod;

/**
 * The cut score of a closed session as the board weighs it: the method in force and, side by side,
 * what each method the blueprint allows sets as cut and how many of the scored attempts would pass
 * with it. Decidable while the session is closed and not yet published.
 */
public record CutScoreOptions(
        String sessionCode,
        CutScoreMethod inForce,
        BigDecimal percentageInForce,
        boolean decidable,
        int attempts,
        List<Option> options) {

    public CutScoreOptions {
        options = List.copyOf(options);
    }

    /**
     * One method: its cut as a percentage of the maximum and how many pass with it; for
     * Cohen-Schotanus also its reference (the 95th percentile) and chance score. When the method
     * cannot set a cut for this session, unavailable is the message key saying why, with its arguments.
     */
    public record Option(
            CutScoreMethod method,
            BigDecimal percentage,
            Integer passing,
            BigDecimal reference,
            BigDecimal chance,
            String unavailable,
            List<Object> unavailableArguments) {

        public Option {
            unavailableArguments = unavailableArguments == null ? null : List.copyOf(unavailableArguments);
        }

        static Option of(CutScoreMethod method, BigDecimal percentage, int passing) {
            return new Option(method, percentage, passing, null, null, null, null);
        }
    }
}
