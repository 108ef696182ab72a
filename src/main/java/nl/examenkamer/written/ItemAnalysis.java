package nl.examenkamer.written;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classical item analysis of a session's scored attempts, as the board reads it before it publishes:
 * per item the p-value, Rit and Rir, and per option how many chose it and the Rir of choosing it; for
 * the session the mean, standard deviation and KR-20 (Cronbach's alpha for items scored 0 or 1).
 *
 * <p>Forms are drawn per candidate, so an item is analysed among the candidates whose form held it,
 * against their total on their own form. KR-20 takes, per candidate, the sum of p·q over the items
 * of their form; when every candidate had the same items that is the textbook formula. A figure that
 * cannot be computed (fewer than two candidates, or no spread to correlate with) is absent, not zero.
 */
public final class ItemAnalysis {

    /**
     * Where an item is flagged, as the scheme in exam-content/ sets it: a p-value below minP (too hard
     * to tell candidates apart) or above maxP (too easy to), an Rir below minRir (the item does not
     * measure what the rest of the exam measures).
     */
    public record Thresholds(double minP, double maxP, double minRir) {

        public Thresholds {
            if (!(minP >= 0 && minP < maxP && maxP <= 1) || minRir < -1 || minRir > 1) {
                throw new IllegalArgumentException(
                        "thresholds out of order: minP " + minP + ", maxP " + maxP + ", minRir " + minRir);
            }
        }
    }

    /** A correlation this close to zero is zero: sums of doubles leave a few ulps either way. */
    private static final double ROUNDING = 1e-9;

    public enum Flag {
        /** p below the scheme's minP. */
        TOO_HARD,
        /** p above the scheme's maxP. */
        TOO_EASY,
        /** Rir below the scheme's minRir. */
        LOW_RIR,
        /** A wrong option chosen more by the stronger candidates (its Rir is positive): a possible second key. */
        DISTRACTOR_ATTRACTS_STRONG
    }

    /** An item version as analysed: its option labels and its key. */
    public record Item(long itemVersionId, List<String> optionLabels, Set<String> key) {

        public Item {
            optionLabels = List.copyOf(optionLabels);
            key = Set.copyOf(key);
        }
    }

    /** One candidate's answer to one item of their form: the options marked, none when left open. */
    public record Answer(long itemVersionId, Set<String> marked) {

        public Answer {
            marked = Set.copyOf(marked);
        }
    }

    /** One scored attempt: an answer per item of its form. */
    public record Sheet(List<Answer> answers) {

        public Sheet {
            answers = List.copyOf(answers);
        }
    }

    public record OptionStats(String label, boolean key, int chosen, double share, Double rir) {}

    public record ItemStats(
            long itemVersionId,
            int candidates,
            double p,
            Double rit,
            Double rir,
            int unanswered,
            List<OptionStats> options,
            Set<Flag> flags) {}

    public record Report(
            int candidates,
            double mean,
            double standardDeviation,
            Double kr20,
            List<ItemStats> items,
            Thresholds thresholds) {}

    private ItemAnalysis() {}

    /**
     * Analyses the sheets; items are reported in the order given, those on no sheet left out.
     *
     * @throws IllegalArgumentException when a sheet answers an item that is not among the items
     */
    public static Report of(Collection<Item> items, List<Sheet> sheets, Thresholds thresholds) {
        Map<Long, Item> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(item.itemVersionId(), item));
        int[] totals = new int[sheets.size()];
        Map<Long, List<Taken>> takenBy = new LinkedHashMap<>();
        byId.keySet().forEach(id -> takenBy.put(id, new ArrayList<>()));
        for (int s = 0; s < sheets.size(); s++) {
            for (Answer answer : sheets.get(s).answers()) {
                Item item = byId.get(answer.itemVersionId());
                if (item == null) {
                    throw new IllegalArgumentException("sheet " + s + " answers item version " + answer.itemVersionId()
                            + ", which is not among the items analysed");
                }
                boolean correct = Scoring.correct(item.key(), answer.marked());
                totals[s] += correct ? 1 : 0;
                takenBy.get(item.itemVersionId()).add(new Taken(s, answer.marked(), correct));
            }
        }
        List<ItemStats> stats = new ArrayList<>();
        Map<Long, Double> pValues = new LinkedHashMap<>();
        for (Item item : byId.values()) {
            List<Taken> taken = takenBy.get(item.itemVersionId());
            if (!taken.isEmpty()) {
                ItemStats itemStats = item(item, taken, totals, thresholds);
                stats.add(itemStats);
                pValues.put(item.itemVersionId(), itemStats.p());
            }
        }
        double mean = mean(totals);
        return new Report(
                sheets.size(),
                mean,
                Math.sqrt(variance(totals, mean)),
                kr20(sheets, totals, mean, pValues),
                stats,
                thresholds);
    }

    private record Taken(int sheet, Set<String> marked, boolean correct) {}

    private static ItemStats item(Item item, List<Taken> taken, int[] totals, Thresholds thresholds) {
        int n = taken.size();
        double[] score = new double[n];
        double[] total = new double[n];
        double[] rest = new double[n];
        int unanswered = 0;
        for (int i = 0; i < n; i++) {
            Taken one = taken.get(i);
            score[i] = one.correct() ? 1 : 0;
            total[i] = totals[one.sheet()];
            rest[i] = total[i] - score[i];
            unanswered += one.marked().isEmpty() ? 1 : 0;
        }
        double p = mean(score);
        Double rir = correlation(score, rest);
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (p < thresholds.minP()) {
            flags.add(Flag.TOO_HARD);
        }
        if (p > thresholds.maxP()) {
            flags.add(Flag.TOO_EASY);
        }
        if (rir != null && rir < thresholds.minRir()) {
            flags.add(Flag.LOW_RIR);
        }
        List<OptionStats> options = new ArrayList<>();
        for (String label : item.optionLabels()) {
            double[] chose = new double[n];
            int chosen = 0;
            for (int i = 0; i < n; i++) {
                if (taken.get(i).marked().contains(label)) {
                    chose[i] = 1;
                    chosen++;
                }
            }
            boolean key = item.key().contains(label);
            Double optionRir = correlation(chose, rest);
            if (!key && optionRir != null && optionRir > ROUNDING) {
                flags.add(Flag.DISTRACTOR_ATTRACTS_STRONG);
            }
            options.add(new OptionStats(label, key, chosen, (double) chosen / n, optionRir));
        }
        return new ItemStats(
                item.itemVersionId(),
                n,
                p,
                correlation(score, total),
                rir,
                unanswered,
                List.copyOf(options),
                Collections.unmodifiableSet(flags));
    }

    private static Double kr20(List<Sheet> sheets, int[] totals, double mean, Map<Long, Double> pValues) {
        int n = sheets.size();
        double variance = variance(totals, mean);
        if (n < 2 || variance == 0) {
            return null;
        }
        double itemVariance = 0;
        double length = 0;
        for (Sheet sheet : sheets) {
            for (Answer answer : sheet.answers()) {
                double p = pValues.get(answer.itemVersionId());
                itemVariance += p * (1 - p);
            }
            length += sheet.answers().size();
        }
        double k = length / n;
        if (k <= 1) {
            return null;
        }
        return k / (k - 1) * (1 - (itemVariance / n) / variance);
    }

    /** Pearson's correlation; absent for fewer than two values or when either side does not vary. */
    static Double correlation(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return null;
        }
        double meanX = mean(x);
        double meanY = mean(y);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        // sums of squares of values that do not vary can come out a hair above zero
        if (varianceX < 1e-12 || varianceY < 1e-12) {
            return null;
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double mean(int[] values) {
        double sum = 0;
        for (int value : values) {
            sum += value;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /** The population variance, as KR-20 takes it. */
    private static double variance(int[] values, double mean) {
        double sum = 0;
        for (int value : values) {
            sum += (value - mean) * (value - mean);
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
