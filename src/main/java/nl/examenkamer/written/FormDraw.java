package nl.examenkamer.written;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a candidate's form from a session's pool: per cell the blueprint's number of items, then
 * the items and each item's options in shuffled order. The draw depends only on the pool and the
 * seed, so a recorded seed rebuilds the form exactly.
 */
public final class FormDraw {

    private FormDraw() {}

    /** One position of a form: the item version and the order its options are shown in. */
    public record FormItem(int position, long itemVersionId, List<String> optionOrder) {

        public FormItem {
            optionOrder = List.copyOf(optionOrder);
        }

        public String optionOrderText() {
            return String.join(",", optionOrder);
        }
    }

    public static List<FormItem> draw(FormPool pool, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<FormPool.PoolItem> chosen = new ArrayList<>();
        for (FormPool.Cell cell : pool.cells()) {
            List<FormPool.PoolItem> candidates = new ArrayList<>(cell.items());
            shuffle(candidates, random);
            chosen.addAll(candidates.subList(0, cell.count()));
        }
        shuffle(chosen, random);
        List<FormItem> form = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            List<String> options = new ArrayList<>(chosen.get(i).optionLabels());
            shuffle(options, random);
            form.add(new FormItem(i + 1, chosen.get(i).itemVersionId(), options));
        }
        return form;
    }

    /** Fisher-Yates with the given generator (Collections.shuffle wants a java.util.Random). */
    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
