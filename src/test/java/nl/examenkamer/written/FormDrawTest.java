package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FormDrawTest {

    /** Three cells like a small blueprint: 2 of 5, 1 of 3 and 3 of 4 items, ids per cell in their own range. */
    private static FormPool pool() {
        return new FormPool(List.of(
                cell("wettelijk-kader", "ziektewet", 2, 100, 5),
                cell("arbeid-en-gezondheid", "arbo", 1, 200, 3),
                cell("professionaliseren", "richtlijnen", 3, 300, 4)));
    }

    private static FormPool.Cell cell(String theme, String domain, int count, long firstId, int size) {
        List<FormPool.PoolItem> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(new FormPool.PoolItem(firstId + i, List.of("A", "B", "C", "D")));
        }
        return new FormPool.Cell(theme, domain, count, items);
    }

    @Test
    void theSameSeedGivesTheSameFormItemsOrderAndOptionOrder() {
        assertEquals(FormDraw.draw(pool(), 42L), FormDraw.draw(pool(), 42L));
    }

    @Test
    void theDrawDoesNotDependOnTheOrderThePoolWasReadIn() {
        FormPool pool = pool();
        List<FormPool.Cell> reversed = pool.cells().stream()
                .map(cell -> {
                    List<FormPool.PoolItem> items = new ArrayList<>(cell.items());
                    Collections.reverse(items);
                    return new FormPool.Cell(cell.theme(), cell.legalDomain(), cell.count(), items);
                })
                .toList();
        assertEquals(FormDraw.draw(pool, 7L), FormDraw.draw(new FormPool(reversed), 7L));
    }

    @Test
    void eachCellGivesExactlyTheBlueprintsNumberOfDistinctItems() {
        for (long seed = 0; seed < 200; seed++) {
            List<FormDraw.FormItem> form = FormDraw.draw(pool(), seed);
            assertEquals(6, form.size());
            Map<Long, Long> perCell = form.stream()
                    .collect(Collectors.groupingBy(item -> item.itemVersionId() / 100, Collectors.counting()));
            assertEquals(Map.of(1L, 2L, 2L, 1L, 3L, 3L), perCell, "seed " + seed);
            assertEquals(
                    6,
                    form.stream()
                            .map(FormDraw.FormItem::itemVersionId)
                            .distinct()
                            .count());
            assertEquals(
                    IntStream.rangeClosed(1, 6).boxed().toList(),
                    form.stream().map(FormDraw.FormItem::position).toList());
            for (FormDraw.FormItem item : form) {
                assertEquals(Set.of("A", "B", "C", "D"), new HashSet<>(item.optionOrder()));
            }
        }
    }

    @Test
    void seedsShuffleItemsAndOptionsAndUseTheWholePool() {
        Set<List<Long>> orders = new HashSet<>();
        Set<List<String>> optionOrders = new HashSet<>();
        Set<Long> used = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            List<FormDraw.FormItem> form = FormDraw.draw(pool(), seed);
            orders.add(form.stream().map(FormDraw.FormItem::itemVersionId).toList());
            form.forEach(item -> optionOrders.add(item.optionOrder()));
            form.forEach(item -> used.add(item.itemVersionId()));
        }
        assertTrue(orders.size() > 150, "item orders differ between seeds: " + orders.size());
        assertEquals(24, optionOrders.size(), "every order of four options occurs");
        assertEquals(12, used.size(), "every pooled item is drawn by some seed");
        assertNotEquals(FormDraw.draw(pool(), 1L), FormDraw.draw(pool(), 2L));
    }
}
