package nl.examenkamer.content.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads every file of a content source with the schema of its folder. */
public final class ContentReader {

    private ContentReader() {}

    public static ContentSet read(ContentSource source, ContentProblems problems) {
        List<Documents.CertificationScheme> schemes = new ArrayList<>();
        List<Documents.RecertificationScheme> recertification = new ArrayList<>();
        List<Documents.Competence> competences = new ArrayList<>();
        List<Documents.RatingScale> scales = new ArrayList<>();
        List<Documents.Theme> themes = new ArrayList<>();
        List<Documents.Legislation> legislation = new ArrayList<>();
        List<Documents.Item> items = new ArrayList<>();
        List<Documents.Blueprint> blueprints = new ArrayList<>();
        if (source.files().isEmpty()) {
            problems.add("(archive)", 0, "(files)", "noYamlFiles");
        }
        for (ContentFile file : source.files()) {
            Optional<YamlMap> parsed = Yaml.parse(file, problems);
            if (parsed.isEmpty()) {
                continue;
            }
            YamlMap yaml = parsed.get();
            switch (file.folder()) {
                case "schemes" -> SchemeSchema.read(file, yaml, schemes, recertification);
                case "competences" -> {
                    if (file.path().startsWith("competences/scales/")) {
                        scales.add(CompetenceSchema.ratingScale(file, yaml));
                    } else {
                        competences.add(CompetenceSchema.competence(file, yaml));
                    }
                }
                case "curriculum" -> themes.add(ThemeSchema.read(file, yaml));
                case "legislation" -> legislation.add(LegislationSchema.read(file, yaml));
                case "items" -> items.add(ItemSchema.read(file, yaml));
                case "blueprints" -> blueprints.add(BlueprintSchema.read(file, yaml));
                default -> problems.add(file.path(), 0, "(file)", "notInAContentFolder");
            }
        }
        return new ContentSet(schemes, recertification, competences, scales, themes, legislation, items, blueprints);
    }
}
