package nl.examenkamer.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a candidate of the demo hall answers an item, so the demo session's item analysis looks like
 * a real one: stronger candidates get more right, items differ in difficulty (a logistic model,
 * ability and difficulty on one scale), a few items are left open, and one disputed item draws the
 * stronger half to the same wrong option, as an item with a second defensible answer would.
 */
final class DemoAnswering {

    /** Chance that a candidate leaves an item open. */
    static final double LEFT_OPEN = 0.02;

    private DemoAnswering() {}

    /** An item as the demo needs it: its option labels in label order and the labels of its key. */
    record Item(long versionId, List<String> labels, Set<String> key) {

        Item {
            labels = List.copyOf(labels);
            key = Set.copyOf(key);
        }

        boolean multipleResponse() {
            return key.size() > 1;
        }
    }

    /** The ability of the n-th of a hall of a given size: evenly spread from weak to strong. */
    static double ability(int n, int hallSize) {
        return -1.2 + 3.0 * n / Math.max(1, hallSize - 1);
    }

    /** A difficulty per item version, the same on every start of the demo. */
    static double difficulty(long versionId) {
        return -1.5 + 2.5 * new Random(versionId * 7919L).nextDouble();
    }

    /** The chance that a candidate of this ability gets an item of this difficulty right. */
    static double chanceRight(double ability, double difficulty) {
        return 1 / (1 + Math.exp(-1.7 * (ability - difficulty)));
    }

    /** The options the candidate marks, in label order; none when left open. */
    static List<String> answer(double ability, Item item, boolean disputed, Random random) {
        if (disputed) {
            return ability > 0 ? List.of(firstWrong(item)) : List.of(pick(item.labels(), random));
        }
        if (random.nextDouble() < LEFT_OPEN) {
            return List.of();
        }
        if (random.nextDouble() < chanceRight(ability, difficulty(item.versionId()))) {
            return List.copyOf(new TreeSet<>(item.key()));
        }
        return wrong(item, random);
    }

    private static List<String> wrong(Item item, Random random) {
        if (!item.multipleResponse()) {
            List<String> distractors = new ArrayList<>(item.labels());
            distractors.removeAll(item.key());
            return List.of(pick(distractors, random));
        }
        // one option too many or one too few: the usual near miss on a multiple-response item
        TreeSet<String> marked = new TreeSet<>(item.key());
        String toggled = pick(item.labels(), random);
        if (!marked.remove(toggled)) {
            marked.add(toggled);
        }
        return List.copyOf(marked);
    }

    private static String firstWrong(Item item) {
        return item.labels().stream()
                .filter(label -> !item.key().contains(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("item " + item.versionId() + " has no wrong option"));
    }

    private static String pick(List<String> labels, Random random) {
        return labels.get(random.nextInt(labels.size()));
    }
}
