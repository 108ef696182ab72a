package nl.examenkamer.content.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The fields of one YAML mapping, read through typed getters. A getter that finds a field missing,
 * of the wrong type or out of range records a problem at the field's line and returns null (or an
 * empty list), so reading goes on and every problem of a file is reported in one pass.
 */
final class YamlMap {

    private final String file;
    private final String prefix;
    private final int line;
    private final ContentProblems problems;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    YamlMap(String file, String prefix, MappingNode node, ContentProblems problems) {
        this.file = file;
        this.prefix = prefix;
        this.line = lineOf(node);
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(file, lineOf(tuple.getKeyNode()), path("(key)"), "fieldNameNotText");
                continue;
            }
            String name = key.getValue();
            if (fields.containsKey(name)) {
                problems.add(file, lineOf(key), path(name), "fieldTwice", keyLines.get(name));
                continue;
            }
            fields.put(name, tuple.getValueNode());
            keyLines.put(name, lineOf(key));
        }
    }

    static int lineOf(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }

    int lineOf(String key) {
        return keyLines.getOrDefault(key, line);
    }

    String path(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    /** Reports every field this kind of file does not know: usually a typing error in a field name. */
    void allowOnly(String... known) {
        Set<String> allowed = Set.of(known);
        for (String key : fields.keySet()) {
            if (!allowed.contains(key)) {
                problem(key, "unknownField", new TreeSet<>(allowed));
            }
        }
    }

    boolean has(String key) {
        return fields.containsKey(key) && !isNull(fields.get(key));
    }

    /** A problem with this field, explained by {@code content.problem.<messageKey>}. */
    void problem(String key, String messageKey, Object... arguments) {
        problems.add(file, lineOf(key), path(key), messageKey, arguments);
    }

    // --- scalars ---

    String text(String key, boolean required) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problems.add(file, line, path(key), "requiredButMissing");
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(key, "mustBeText." + describe(node));
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            if (required) {
                problem(key, "requiredButEmpty");
            }
            return null;
        }
        return value;
    }

    At<String> textAt(String key, boolean required) {
        String value = text(key, required);
        return value == null ? null : new At<>(value, lineOf(key));
    }

    Integer integer(String key, boolean required, int min, int max) {
        String value = text(key, required);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(key, "outOfRange", value, min, max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(key, "notAWholeNumber", value);
            return null;
        }
    }

    BigDecimal decimal(String key, boolean required, BigDecimal min, BigDecimal max) {
        String value = text(key, required);
        if (value == null) {
            return null;
        }
        if (value.contains(",")) {
            problem(key, "decimalComma", value, value.replace(',', '.'));
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                problem(key, "outOfRange", value, min.toPlainString(), max.toPlainString());
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(key, "notANumber", value);
            return null;
        }
    }

    LocalDate date(String key, boolean required) {
        String value = text(key, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(key, "notADate", value);
            return null;
        }
    }

    /** An enum value written in lower case with hyphens ({@code multiple-response} for MULTIPLE_RESPONSE). */
    <E extends Enum<E>> E choice(String key, boolean required, Class<E> type) {
        String value = text(key, required);
        if (value == null) {
            return null;
        }
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E option : type.getEnumConstants()) {
            if (option.name().equals(constant)) {
                return option;
            }
        }
        problem(
                key,
                "notOneOf",
                value,
                Arrays.stream(type.getEnumConstants()).map(YamlMap::spelling).collect(Collectors.joining(", ")));
        return null;
    }

    static String spelling(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // --- collections ---

    /** A list of texts; a single text is accepted as a list of one. */
    List<At<String>> texts(String key, boolean required) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problems.add(file, line, path(key), "requiredButMissing");
            }
            return List.of();
        }
        if (node instanceof ScalarNode) {
            String single = text(key, required);
            return single == null ? List.of() : List.of(new At<>(single, lineOf(key)));
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(key, "mustBeList." + describe(node));
            return List.of();
        }
        List<At<String>> values = new ArrayList<>();
        int index = 0;
        for (Node element : sequence.getValue()) {
            if (element instanceof ScalarNode scalar
                    && !isNull(scalar)
                    && !scalar.getValue().isBlank()) {
                values.add(new At<>(scalar.getValue().strip(), lineOf(element)));
            } else {
                problems.add(file, lineOf(element), path(key) + "[" + index + "]", "elementNotText");
            }
            index++;
        }
        if (values.isEmpty() && required) {
            problem(key, "atLeastOneValue");
        }
        return values;
    }

    YamlMap map(String key, boolean required) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problems.add(file, line, path(key), "requiredButMissing");
            }
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem(key, "mustBeMap." + describe(node));
            return null;
        }
        return new YamlMap(file, path(key), mapping, problems);
    }

    List<YamlMap> maps(String key, boolean required) {
        Node node = fields.get(key);
        if (node == null || isNull(node)) {
            if (required) {
                problems.add(file, line, path(key), "requiredButMissing");
            }
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(key, "mustBeList." + describe(node));
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        int index = 0;
        for (Node element : sequence.getValue()) {
            if (element instanceof MappingNode mapping) {
                maps.add(new YamlMap(file, path(key) + "[" + index + "]", mapping, problems));
            } else {
                problems.add(file, lineOf(element), path(key) + "[" + index + "]", "elementNotMap");
            }
            index++;
        }
        if (maps.isEmpty() && required) {
            problem(key, "atLeastOneEntry");
        }
        return maps;
    }

    /** The names of the fields, in file order: for maps keyed by a label (options A, B, C ...). */
    List<String> keys() {
        return List.copyOf(fields.keySet());
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "list";
        }
        if (node instanceof MappingNode) {
            return "map";
        }
        return "text";
    }
}
