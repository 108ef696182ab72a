package nl.examenkamer.content.importing;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses one content file into a node tree that remembers lines. Nothing is converted to Java
 * objects by the parser: the schema of each kind reads the nodes through {@link YamlMap}, which
 * reports every problem with file, line and field.
 */
final class Yaml {

    private Yaml() {}

    static Optional<YamlMap> parse(ContentFile file, ContentProblems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.path())
                .setAllowDuplicateKeys(true) // reported by YamlMap with both lines, which is clearer
                .setMaxAliasesForCollections(10)
                .build();
        try {
            Optional<Node> root = new Compose(settings).composeString(file.text());
            if (root.isEmpty()) {
                problems.add(file.path(), 0, "(file)", "fileEmpty");
                return Optional.empty();
            }
            if (!(root.get() instanceof MappingNode mapping)) {
                problems.add(file.path(), YamlMap.lineOf(root.get()), "(file)", "topLevelNotMap");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(file.path(), "", mapping, problems));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            problems.add(file.path(), line, "(yaml)", "malformedYaml", e.getProblem());
        } catch (YamlEngineException e) {
            problems.add(file.path(), 0, "(yaml)", "malformedYaml", e.getMessage());
        }
        return Optional.empty();
    }
}
