package nl.examenkamer.written;

import java.util.List;

/**
 * A closed session's item analysis as the board reads it: the session's figures, then per item
 * version (in curriculum order of its theme, then by code) which item it is, how it did and whether
 * it was neutralised. Neutralisable while the session is closed and not yet published. The figures
 * are those of the answers as given: a neutralisation changes the scores, not the analysis. The
 * thresholds are the scheme's, for the page to say where an item is flagged.
 */
public record SessionItemAnalysis(
        String sessionCode,
        boolean neutralisable,
        int candidates,
        double mean,
        double standardDeviation,
        Double kr20,
        ItemAnalysis.Thresholds thresholds,
        List<Row> items) {

    public SessionItemAnalysis {
        items = List.copyOf(items);
    }

    /** An item version with how it did; neutralised is the board's decision on it, null when none. */
    public record Row(
            String itemCode,
            int versionNo,
            String theme,
            String themeName,
            ItemAnalysis.ItemStats stats,
            Neutralisation.Mode neutralised) {

        public boolean flagged() {
            return !stats.flags().isEmpty();
        }
    }

    /** The item versions the analysis flagged, in the same order: what the board goes through first. */
    public List<Row> flaggedItems() {
        return items.stream().filter(Row::flagged).toList();
    }

    public long flaggedCount() {
        return flaggedItems().size();
    }

    /** Flagged items the board left as they are: what publishing should not pass unawares. */
    public long flaggedNotNeutralisedCount() {
        return items.stream()
                .filter(row -> row.flagged() && row.neutralised() == null)
                .count();
    }
}
