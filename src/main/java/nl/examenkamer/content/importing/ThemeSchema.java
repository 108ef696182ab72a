package nl.examenkamer.content.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code curriculum/*.yaml}: one curriculum theme with its learning outcomes per level (basis and per title). */
final class ThemeSchema {

    private ThemeSchema() {}

    static Documents.Theme read(ContentFile file, YamlMap yaml) {
        yaml.allowOnly("id", "name", "position", "source", "learningOutcomes");
        String code = Ids.matchingFileName(file, yaml);
        List<Documents.LearningOutcome> outcomes = new ArrayList<>();
        for (YamlMap outcome : yaml.maps("learningOutcomes", true)) {
            outcome.allowOnly("id", "level", "group", "text", "asInSeed");
            String level = outcome.text("level", true);
            outcomes.add(new Documents.LearningOutcome(
                    outcome.text("id", true),
                    level == null ? null : level.toUpperCase(Locale.ROOT),
                    outcome.text("group", false),
                    outcome.text("text", true),
                    outcome.text("asInSeed", false),
                    outcome.line()));
        }
        return new Documents.Theme(
                file.path(),
                code,
                yaml.text("name", true),
                SchemeSchema.orZero(yaml.integer("position", true, 1, 99)),
                CompetenceSchema.source(yaml, "source"),
                outcomes);
    }
}
