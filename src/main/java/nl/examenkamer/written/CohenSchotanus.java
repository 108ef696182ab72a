package nl.examenkamer.written;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.examenkamer.content.ItemType;
import nl.examenkamer.shared.RuleViolation;

/**
 * The Cohen-Schotanus cut score (Cohen-Schotanus and Van der Vleuten, Medical Teacher 2010): the
 * best candidates of the session are the reference instead of the maximum, so that an exam that
 * turned out hard for everyone does not fail candidates for it. With every score as a percentage of
 * its own attempt's maximum (forms differ, and a dropped item leaves only the forms that held it):
 *
 * <pre>cut = chance + 60 % × (score at the 95th percentile − chance)</pre>
 *
 * where chance is what blind guessing scores on average. Below 20 attempts the 95th percentile is
 * the single best candidate, and one outlier would set everyone's cut score: the method is refused.
 */
public final class CohenSchotanus {

    public static final int MINIMUM_ATTEMPTS = 20;
    static final int PERCENTILE = 95;
    static final BigDecimal FRACTION = new BigDecimal("0.60");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CohenSchotanus() {}

    /** A scored attempt: its points, its maximum and the points blind guessing would score on its form. */
    public record Taken(int raw, int max, double chance) {}

    /** The reference (the 95th percentile), chance and cut score, each as a percentage of the maximum. */
    public record Outcome(BigDecimal reference, BigDecimal chance, BigDecimal cutPercentage) {}

    /**
     * What blind guessing scores on an item: one of its options for a single-choice item, one of the
     * non-empty sets of options for a multiple-response item (the candidate is not told how many).
     */
    public static double chance(ItemType type, int options) {
        if (options < 1) {
            return 0;
        }
        return type == ItemType.MULTIPLE ? 1.0 / ((1L << options) - 1) : 1.0 / options;
    }

    public static Outcome of(List<Taken> attempts) {
        List<Taken> counted = attempts.stream().filter(taken -> taken.max() > 0).toList();
        if (counted.size() < MINIMUM_ATTEMPTS) {
            throw RuleViolation.conflict("cutScore.cohenSchotanus.tooFew", MINIMUM_ATTEMPTS, counted.size());
        }
        double[] percentages = counted.stream()
                .mapToDouble(taken -> 100.0 * taken.raw() / taken.max())
                .sorted()
                .toArray();
        // nearest rank: the lowest score that at least 95 % of the candidates do not exceed
        int rank = (int) Math.ceil(PERCENTILE / 100.0 * percentages.length);
        BigDecimal reference = percentage(percentages[rank - 1]);
        BigDecimal chance = percentage(counted.stream()
                .mapToDouble(taken -> 100.0 * taken.chance() / taken.max())
                .average()
                .orElseThrow());
        if (reference.compareTo(chance) <= 0) {
            throw RuleViolation.conflict("cutScore.cohenSchotanus.belowChance", reference, chance);
        }
        BigDecimal cut =
                chance.add(FRACTION.multiply(reference.subtract(chance))).setScale(2, RoundingMode.HALF_UP);
        return new Outcome(reference, chance, cut.min(HUNDRED));
    }

    private static BigDecimal percentage(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
