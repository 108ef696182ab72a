package nl.examenkamer.written;

import java.util.Comparator;
import java.util.List;

/**
 * What a session's forms are drawn from: per blueprint cell, how many items to draw and the item
 * versions frozen for it when the session was created, each with its option labels.
 */
public record FormPool(List<Cell> cells) {

    public FormPool {
        cells = List.copyOf(cells);
    }

    /** One cell of the blueprint: draw {@code count} of these items. */
    public record Cell(String theme, String legalDomain, int count, List<PoolItem> items) {

        public Cell {
            if (items.size() < count) {
                throw new IllegalArgumentException(
                        "cell " + theme + "/" + legalDomain + " needs " + count + " items, has " + items.size());
            }
            // sorted by id, so a draw depends on the seed alone and not on the order rows were read
            items = items.stream()
                    .sorted(Comparator.comparingLong(PoolItem::itemVersionId))
                    .toList();
        }
    }

    /** An item version that may appear on a form, with its option labels in stored order. */
    public record PoolItem(long itemVersionId, List<String> optionLabels) {

        public PoolItem {
            optionLabels = List.copyOf(optionLabels);
        }
    }

    public int itemCount() {
        return cells.stream().mapToInt(Cell::count).sum();
    }
}
