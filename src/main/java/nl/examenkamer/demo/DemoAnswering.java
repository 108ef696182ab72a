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

        /** The chance of a blind guess being right: one option of all, or one non-empty set of all. */
        double guess() {
            return multipleResponse() ? 1.0 / ((1 << labels.size()) - 1) : 1.0 / labels.size();
        }

        /** The wrong options, the most plausible first: the same order on every start of the demo. */
        List<String> distractors() {
            List<String> distractors = new ArrayList<>(labels);
            distractors.removeAll(key);
            java.util.Collections.shuffle(distractors, new Random(versionId * 104729L));
            return distractors;
        }
    }

    /** The ability of the n-th of a hall of a given size: evenly spread from weak to strong. */
    static double ability(int n, int hallSize) {
        return ABILITY_FROM + ABILITY_SPREAD * n / Math.max(1, hallSize - 1);
    }

    // chosen so the hall scores about 60 % on average, the weakest near chance and the strongest
    // near the maximum, as a trained group does: the Cohen-Schotanus cut then lands near 65 %
    private static final double ABILITY_FROM = -1.5;
    private static final double ABILITY_SPREAD = 2.5;
    private static final double DIFFICULTY_FROM = -1.2;
    private static final double DIFFICULTY_SPREAD = 1.6;
    /** Of those who miss an item, the share drawn to its most plausible distractor. */
    private static final double PLAUSIBLE = 0.8;
    /** Of those who miss a multiple-response item, the share who mark one option too few. */
    private static final double ONE_TOO_FEW = 0.6;

    /** A difficulty per item version, the same on every start of the demo. */
    static double difficulty(long versionId) {
        return DIFFICULTY_FROM + DIFFICULTY_SPREAD * new Random(versionId * 7919L).nextDouble();
    }

    /**
     * The chance that a candidate of this ability gets an item of this difficulty right: a logistic
     * curve above the chance of guessing it, so even the weakest candidate scores about chance.
     */
    static double chanceRight(double ability, double difficulty, double guess) {
        return guess + (1 - guess) / (1 + Math.exp(-1.7 * (ability - difficulty)));
    }

    /** The options the candidate marks, in label order; none when left open. */
    static List<String> answer(double ability, Item item, boolean disputed, Random random) {
        if (disputed) {
            return ability > ABILITY_FROM + ABILITY_SPREAD / 2
                    ? List.of(firstWrong(item))
                    : List.of(pick(item.labels(), random));
        }
        if (random.nextDouble() < LEFT_OPEN) {
            return List.of();
        }
        if (random.nextDouble() < chanceRight(ability, difficulty(item.versionId()), item.guess())) {
            return List.copyOf(new TreeSet<>(item.key()));
        }
        return wrong(item, random);
    }

    private static List<String> wrong(Item item, Random random) {
        // most who miss an item are drawn to its one plausible distractor, the others spread out
        String distractor =
                random.nextDouble() < PLAUSIBLE ? item.distractors().get(0) : pick(item.distractors(), random);
        if (!item.multipleResponse()) {
            return List.of(distractor);
        }
        // one option too few or one too many: the usual near miss on a multiple-response item
        TreeSet<String> marked = new TreeSet<>(item.key());
        if (random.nextDouble() < ONE_TOO_FEW) {
            marked.remove(pick(List.copyOf(item.key()), random));
        } else {
            marked.add(distractor);
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
