package nl.examenkamer.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DemoAnsweringTest {

    private static final List<String> LABELS = List.of("A", "B", "C", "D");

    @Test
    void strongerCandidatesGetMoreRightSoTheDemoHallSpreadsOverTheScale() {
        double weakest = shareRight(DemoAnswering.ability(0, 24));
        double middle = shareRight(DemoAnswering.ability(12, 24));
        double strongest = shareRight(DemoAnswering.ability(23, 24));
        assertTrue(weakest > 0.2 && weakest < 0.5, "weakest, about the chance of guessing: " + weakest);
        assertTrue(middle > weakest + 0.15, "middle: " + middle);
        assertTrue(strongest > 0.85, "strongest: " + strongest);
    }

    @Test
    void aWrongAnswerIsNeverTheKeyAndNeverEmpty() {
        DemoAnswering.Item single = new DemoAnswering.Item(7, LABELS, Set.of("C"));
        DemoAnswering.Item multiple = new DemoAnswering.Item(8, LABELS, Set.of("A", "C"));
        Random random = new Random(1);
        int wrong = 0;
        for (int i = 0; i < 2000; i++) {
            for (DemoAnswering.Item item : List.of(single, multiple)) {
                List<String> marked = DemoAnswering.answer(-3, item, false, random);
                if (marked.isEmpty()) {
                    continue; // left open
                }
                assertEquals(new TreeSet<>(marked).stream().toList(), marked, "in label order");
                assertTrue(LABELS.containsAll(marked));
                if (!Set.copyOf(marked).equals(item.key())) {
                    wrong++;
                }
            }
        }
        assertTrue(wrong > 2800, "a very weak candidate mostly misses: " + wrong);
    }

    @Test
    void theDisputedItemDrawsTheStrongerHalfToOneWrongOption() {
        DemoAnswering.Item disputed = new DemoAnswering.Item(9, LABELS, Set.of("B"));
        Random random = new Random(2);
        for (int n = 12; n < 24; n++) {
            assertEquals(List.of("A"), DemoAnswering.answer(DemoAnswering.ability(n, 24), disputed, true, random));
        }
        long weakerOnA = java.util.stream.IntStream.range(0, 11)
                .mapToObj(n -> DemoAnswering.answer(DemoAnswering.ability(n, 24), disputed, true, random))
                .filter(List.of("A")::equals)
                .count();
        assertNotEquals(11, weakerOnA, "the weaker half guesses");
    }

    @Test
    void anItemKeepsItsDifficultyFromOneStartToTheNext() {
        assertEquals(DemoAnswering.difficulty(42), DemoAnswering.difficulty(42));
        assertNotEquals(DemoAnswering.difficulty(42), DemoAnswering.difficulty(43));
    }

    private static double shareRight(double ability) {
        Random random = new Random(3);
        int right = 0;
        int items = 400;
        for (long versionId = 1; versionId <= items; versionId++) {
            DemoAnswering.Item item = new DemoAnswering.Item(versionId, LABELS, Set.of("D"));
            if (DemoAnswering.answer(ability, item, false, random).equals(List.of("D"))) {
                right++;
            }
        }
        return (double) right / items;
    }
}
