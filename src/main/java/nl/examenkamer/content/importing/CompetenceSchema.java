package nl.examenkamer.content.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.examenkamer.content.CompetenceScope;

/**
 * {@code competences/*.yaml}: one competence of a scheme's framework, with its definition and its
 * behavioural indicators, each transcribed from a source document. {@code competences/scales/}
 * holds the rating scale(s) with their level descriptions.
 */
final class CompetenceSchema {

    /** A source names the seed document by its three-digit number first ("002: ..."), or the exam board. */
    static final Pattern SOURCE = Pattern.compile("(\\d{3}: .+|examencommissie: .+)");

    private CompetenceSchema() {}

    static Documents.Competence competence(ContentFile file, YamlMap yaml) {
        yaml.allowOnly(
                "id",
                "name",
                "scheme",
                "scope",
                "titles",
                "position",
                "definition",
                "definitionSource",
                "indicators",
                "note");
        String code = Ids.matchingFileName(file, yaml);
        List<Documents.Indicator> indicators = new ArrayList<>();
        for (YamlMap indicator : yaml.maps("indicators", true)) {
            indicator.allowOnly("text", "source");
            indicators.add(new Documents.Indicator(indicator.text("text", true), source(indicator, "source")));
        }
        return new Documents.Competence(
                file.path(),
                code,
                yaml.text("name", true),
                yaml.textAt("scheme", true),
                yaml.choice("scope", true, CompetenceScope.class),
                yaml.texts("titles", true),
                SchemeSchema.orZero(yaml.integer("position", true, 1, 999)),
                yaml.text("definition", true),
                source(yaml, "definitionSource"),
                indicators,
                yaml.text("note", false));
    }

    static Documents.RatingScale ratingScale(ContentFile file, YamlMap yaml) {
        yaml.allowOnly("id", "name", "levels");
        String code = Ids.matchingFileName(file, yaml);
        List<Documents.RatingLevel> levels = new ArrayList<>();
        int expected = 1;
        for (YamlMap level : yaml.maps("levels", true)) {
            level.allowOnly("rating", "name", "description", "source");
            Integer rating = level.integer("rating", true, 1, 10);
            if (rating != null && rating != expected) {
                level.problem("rating", "ratingsInOrder", expected);
            }
            expected++;
            levels.add(new Documents.RatingLevel(
                    rating == null ? 0 : rating,
                    level.text("name", true),
                    level.text("description", true),
                    source(level, "source")));
        }
        return new Documents.RatingScale(file.path(), code, yaml.text("name", true), levels);
    }

    static String source(YamlMap yaml, String key) {
        String source = yaml.text(key, true);
        if (source != null && !SOURCE.matcher(source).matches()) {
            yaml.problem(key, "sourceNotCited", source);
        }
        return source;
    }
}
