package nl.examenkamer.written;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.examenkamer.content.ItemType;
import nl.examenkamer.shared.RuleViolation;

/** What an answer to one item may look like: its type and its option labels. */
public record ItemShape(ItemType type, List<String> optionLabels) {

    public ItemShape {
        optionLabels = List.copyOf(optionLabels);
    }

    /**
     * The stored form of an answer ("A" or "A,C", labels sorted), or null for no answer. Refuses
     * labels the item does not have, a label given twice, and two labels on a single-choice item.
     */
    public String canonical(List<String> labels) {
        if (labels == null || labels.isEmpty()) {
            return null;
        }
        Set<String> chosen = new TreeSet<>();
        for (String label : labels) {
            if (label == null || !optionLabels.contains(label)) {
                throw RuleViolation.invalid("attempt.answer.unknownOption", String.valueOf(label), optionLabels);
            }
            if (!chosen.add(label)) {
                throw RuleViolation.invalid("attempt.answer.repeated", label);
            }
        }
        if (type == ItemType.SINGLE && chosen.size() > 1) {
            throw RuleViolation.invalid("attempt.answer.singleChoice");
        }
        return String.join(",", chosen);
    }

    /** The letter shown before an option: by its position on the candidate's form, not its own label. */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    public static List<String> labels(String canonical) {
        return canonical == null || canonical.isEmpty() ? List.of() : List.of(canonical.split(","));
    }
}
