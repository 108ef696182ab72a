package nl.examenkamer.written;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores an attempt. An item scores 1 when the set of marked options equals the key exactly (for a
 * multiple-response item: every right option and no wrong one), else 0; a neutralised item scores 1
 * for everyone (credit) or is left out of score and maximum alike (drop). The cut score is the
 * percentage of the maximum, rounded up to a whole point. The grade runs linearly from 1.0 (no
 * point) to 5.5 at the cut score and from there to 10.0 at the maximum, with one decimal.
 */
public final class Scoring {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal PASS_GRADE = new BigDecimal("5.5");
    private static final BigDecimal TOP_GRADE = BigDecimal.TEN;

    private Scoring() {}

    /** An item of the attempt, as scoring needs it; neutralised is null unless the board neutralised it. */
    public record ScoredItem(
            int position, String theme, Set<String> key, Set<String> answer, Neutralisation.Mode neutralised) {

        public ScoredItem(int position, String theme, Set<String> key, Set<String> answer) {
            this(position, theme, key, answer, null);
        }

        public boolean correct() {
            return Scoring.correct(key, answer);
        }

        /** Whether the item gives its point: answered right, or credited to everyone. */
        boolean scores() {
            return neutralised == Neutralisation.Mode.CREDIT || neutralised == null && correct();
        }
    }

    /** Whether the options marked score the point: exactly the key, no more and no fewer. */
    public static boolean correct(Set<String> key, Set<String> marked) {
        return !key.isEmpty() && key.equals(marked);
    }

    public record ThemeScore(int raw, int max) {}

    public record Result(
            int raw,
            int max,
            int cutScore,
            BigDecimal percentage,
            BigDecimal grade,
            boolean passed,
            Map<String, ThemeScore> themes,
            List<Integer> correctPositions) {}

    public static int cutScore(int max, BigDecimal cutPercentage) {
        return cutPercentage
                .multiply(BigDecimal.valueOf(max))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .intValueExact();
    }

    public static Result score(List<ScoredItem> items, BigDecimal cutPercentage) {
        int raw = 0;
        Map<String, int[]> perTheme = new TreeMap<>();
        List<Integer> correct = new ArrayList<>();
        int max = 0;
        for (ScoredItem item : items) {
            if (item.neutralised() == Neutralisation.Mode.DROP) {
                continue;
            }
            max++;
            int[] theme = perTheme.computeIfAbsent(item.theme(), t -> new int[2]);
            theme[1]++;
            if (item.scores()) {
                raw++;
                theme[0]++;
                correct.add(item.position());
            }
        }
        int cut = cutScore(max, cutPercentage);
        Map<String, ThemeScore> themes = new TreeMap<>();
        perTheme.forEach((theme, score) -> themes.put(theme, new ThemeScore(score[0], score[1])));
        BigDecimal percentage = max == 0
                ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(raw * 100L).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
        return new Result(raw, max, cut, percentage, grade(raw, max, cut), max > 0 && raw >= cut, themes, correct);
    }

    public static BigDecimal grade(int raw, int max, int cut) {
        if (max <= 0) {
            return ONE.setScale(1);
        }
        BigDecimal grade;
        if (raw >= cut) {
            grade = cut == max
                    ? TOP_GRADE
                    : PASS_GRADE.add(TOP_GRADE
                            .subtract(PASS_GRADE)
                            .multiply(BigDecimal.valueOf(raw - cut))
                            .divide(BigDecimal.valueOf(max - cut), 10, RoundingMode.HALF_UP));
        } else {
            grade = ONE.add(PASS_GRADE
                    .subtract(ONE)
                    .multiply(BigDecimal.valueOf(raw))
                    .divide(BigDecimal.valueOf(cut), 10, RoundingMode.HALF_UP));
        }
        BigDecimal rounded = grade.setScale(1, RoundingMode.HALF_UP);
        // 5.45 would round to 5.5 and look like a pass: below the cut score the grade stays below 5.5
        if (raw < cut && rounded.compareTo(PASS_GRADE) >= 0) {
            return new BigDecimal("5.4");
        }
        return rounded;
    }
}
