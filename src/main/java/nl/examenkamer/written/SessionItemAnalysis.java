package nl.examenkamer.written;

import java.util.List;

/**
 * A closed session's item analysis as the board reads it: the session's figures, then per item
 * version (in curriculum order of its theme, then by code) which item it is and how it did.
 */
public record SessionItemAnalysis(
        String sessionCode, int candidates, double mean, double standardDeviation, Double kr20, List<Row> items) {

    public SessionItemAnalysis {
        items = List.copyOf(items);
    }

    public record Row(String itemCode, int versionNo, String theme, String themeName, ItemAnalysis.ItemStats stats) {

        public boolean flagged() {
            return !stats.flags().isEmpty();
        }
    }

    public long flaggedCount() {
        return items.stream().filter(Row::flagged).count();
    }
}
