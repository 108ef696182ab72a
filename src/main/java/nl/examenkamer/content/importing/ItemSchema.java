package nl.examenkamer.content.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;
import nl.examenkamer.content.ItemStatus;
import nl.examenkamer.content.ItemType;

/**
 * {@code items/<legal domain>/<id>.yaml}: one case-based item of the written exam. Checked here
 * on its own: options, key, type and the fields an active item needs. References to themes, legal
 * domains, titles and legal sources are checked by {@link ContentValidator}.
 */
final class ItemSchema {

    private static final Pattern ID = Pattern.compile("[A-Z]{2,5}-\\d{2,3}");
    private static final Pattern LABEL = Pattern.compile("[A-F]");

    private ItemSchema() {}

    static Documents.Item read(ContentFile file, YamlMap yaml) {
        yaml.allowOnly(
                "id",
                "label",
                "status",
                "type",
                "theme",
                "legalDomain",
                "titles",
                "author",
                "reviewer",
                "reviewedOn",
                "case",
                "question",
                "options",
                "key",
                "rationale",
                "sources",
                "note");
        String code = Ids.matchingFileName(file, yaml);
        if (code != null && !ID.matcher(code).matches()) {
            yaml.problem("id", "itemCode", code);
        }
        ItemStatus status = yaml.choice("status", true, ItemStatus.class);
        ItemType type = yaml.choice("type", true, ItemType.class);
        LinkedHashMap<String, String> options = options(yaml);
        List<String> key = key(yaml, type, options);
        boolean active = status == ItemStatus.ACTIVE;
        String reviewer = yaml.text("reviewer", active);
        var reviewedOn = yaml.date("reviewedOn", active);
        String note = yaml.text("note", false);
        if (status == ItemStatus.DRAFT && note == null) {
            yaml.problem("note", "draftNeedsNote");
        }
        String rationale = yaml.text("rationale", true);
        if (rationale != null && rationale.length() < 40) {
            yaml.problem("rationale", "rationaleTooShort");
        }
        return new Documents.Item(
                file.path(),
                code,
                yaml.text("label", true),
                status,
                type,
                yaml.textAt("theme", true),
                yaml.textAt("legalDomain", true),
                yaml.texts("titles", true),
                yaml.text("author", true),
                reviewer,
                reviewedOn,
                yaml.text("case", true),
                yaml.text("question", true),
                options,
                key,
                rationale,
                yaml.texts("sources", true),
                note);
    }

    private static LinkedHashMap<String, String> options(YamlMap yaml) {
        LinkedHashMap<String, String> options = new LinkedHashMap<>();
        YamlMap map = yaml.map("options", true);
        if (map == null) {
            return options;
        }
        char expected = 'A';
        for (String label : map.keys()) {
            if (!LABEL.matcher(label).matches() || label.charAt(0) != expected) {
                map.problem(label, "optionsInOrder", expected);
            }
            expected++;
            String text = map.text(label, true);
            if (text != null) {
                options.put(label, text);
            }
        }
        if (options.size() < 3 || options.size() > 6) {
            yaml.problem("options", "optionCount", options.size());
        }
        return options;
    }

    private static List<String> key(YamlMap yaml, ItemType type, LinkedHashMap<String, String> options) {
        List<String> key = new ArrayList<>();
        for (At<String> label : yaml.texts("key", true)) {
            if (!options.containsKey(label.value())) {
                yaml.problem("key", "keyNotAnOption", label.value(), options.keySet());
            } else if (key.contains(label.value())) {
                yaml.problem("key", "keyTwice", label.value());
            } else {
                key.add(label.value());
            }
        }
        if (type == ItemType.SINGLE && key.size() > 1) {
            yaml.problem("key", "singleKey", key.size(), key);
        }
        if (type == ItemType.MULTIPLE && !key.isEmpty() && (key.size() < 2 || key.size() >= options.size())) {
            yaml.problem("key", "multipleKeys");
        }
        return key;
    }
}
