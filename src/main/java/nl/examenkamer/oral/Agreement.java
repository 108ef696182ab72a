package nl.examenkamer.oral;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How well two examiners' independent ratings agree: the share of exactly equal ratings, and
 * Cohen's kappa with linear weights (a disagreement of one level counts a third on the 4-level
 * scale, of three levels in full), which corrects for the agreement expected by chance.
 */
public final class Agreement {

    /** One competence of one exam, rated by both examiners. */
    public record Pair(int first, int second) {}

    /** Kappa is empty when chance alone explains every rating (all ratings in one level). */
    public record Figures(int pairs, double exactAgreement, OptionalDouble weightedKappa) {}

    private Agreement() {}

    public static Figures of(List<Pair> pairs, int lowestLevel, int highestLevel) {
        int levels = highestLevel - lowestLevel + 1;
        int n = pairs.size();
        if (n == 0) {
            return new Figures(0, Double.NaN, OptionalDouble.empty());
        }
        double[][] observed = new double[levels][levels];
        for (Pair pair : pairs) {
            observed[index(pair.first(), lowestLevel, levels)][index(pair.second(), lowestLevel, levels)] += 1.0 / n;
        }
        double[] rows = new double[levels];
        double[] columns = new double[levels];
        double exact = 0;
        for (int i = 0; i < levels; i++) {
            exact += observed[i][i];
            for (int j = 0; j < levels; j++) {
                rows[i] += observed[i][j];
                columns[j] += observed[i][j];
            }
        }
        double observedDisagreement = 0;
        double expectedDisagreement = 0;
        for (int i = 0; i < levels; i++) {
            for (int j = 0; j < levels; j++) {
                double weight = levels == 1 ? 0 : Math.abs(i - j) / (double) (levels - 1);
                observedDisagreement += weight * observed[i][j];
                expectedDisagreement += weight * rows[i] * columns[j];
            }
        }
        OptionalDouble kappa = expectedDisagreement == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of(1 - observedDisagreement / expectedDisagreement);
        return new Figures(n, exact, kappa);
    }

    private static int index(int level, int lowest, int levels) {
        int index = level - lowest;
        if (index < 0 || index >= levels) {
            throw new IllegalArgumentException("Level " + level + " is outside the scale");
        }
        return index;
    }
}
