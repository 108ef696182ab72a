package nl.examenkamer.written;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.examenkamer.content.ItemType;

/**
 * An item version as the written exam uses it. The key stays on the server: only {@link #text} and
 * {@link #options} are ever shown to a candidate before publication.
 */
public record ItemText(
        long itemVersionId,
        ItemType type,
        String theme,
        String caseText,
        String question,
        Map<String, String> options,
        Set<String> key) {

    public ItemText {
        options = Map.copyOf(options);
        key = Set.copyOf(key);
    }

    public List<String> optionLabels() {
        return options.keySet().stream().sorted().toList();
    }

    public ItemShape shape() {
        return new ItemShape(type, optionLabels());
    }
}
