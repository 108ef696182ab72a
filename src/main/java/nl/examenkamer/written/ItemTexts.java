package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.examenkamer.content.ItemContent;
import nl.examenkamer.content.ItemVersion;

/**
 * Item versions by id, kept in memory: a version never changes once written, so it can be read
 * once and served to every candidate whose form holds it.
 */
@ApplicationScoped
public class ItemTexts {

    @PersistenceContext
    private EntityManager em;

    private final Map<Long, ItemText> texts = new ConcurrentHashMap<>();

    public ItemText of(long itemVersionId) {
        ItemText cached = texts.get(itemVersionId);
        if (cached != null) {
            return cached;
        }
        ItemVersion version = em.find(ItemVersion.class, itemVersionId);
        if (version == null) {
            throw new IllegalStateException("item version " + itemVersionId + " does not exist");
        }
        ItemContent content = version.content();
        Map<String, String> options = new LinkedHashMap<>();
        content.options().forEach(option -> options.put(option.label(), option.text()));
        Set<String> key = content.options().stream()
                .filter(ItemContent.Option::correct)
                .map(ItemContent.Option::label)
                .collect(Collectors.toSet());
        ItemText text = new ItemText(
                itemVersionId, content.type(), content.theme(), content.caseText(), content.question(), options, key);
        texts.put(itemVersionId, text);
        return text;
    }
}
