package nl.examenkamer.content;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.examenkamer.content.importing.ContentSet;
import nl.examenkamer.content.importing.ContentSource;
import nl.examenkamer.content.importing.Documents;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Competence names, definitions and behavioural indicators, the level descriptions of the rating
 * scale and the curriculum's learning outcomes are transcriptions: each must appear word for word
 * (ignoring line breaks, bullets and letter case) in the seed document its source names
 * ({@code ../shared/seeds/}). Texts the exam board added say so ("examencommissie: ...") and are
 * not compared.
 */
class SeedTranscriptionTest {

    private static final Path SEEDS =
            SourceTree.root().resolve("../shared/seeds").normalize();
    private static final Pattern SEED_REFERENCE = Pattern.compile("^(\\d{3}):");
    private static final Map<String, String> SEED_TEXT = new HashMap<>();
    private static ContentSet content;

    @BeforeAll
    static void readSeeds() throws Exception {
        Assumptions.assumeTrue(
                Files.isDirectory(SEEDS),
                "skipped: the seed documents are not at " + SEEDS + " (they are in CI and on the team's machines)");
        try (var files = Files.list(SEEDS)) {
            for (Path seed : files.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt"))
                    .toList()) {
                SEED_TEXT.put(seed.getFileName().toString().substring(0, 3), normalise(Files.readString(seed)));
            }
        }
        content =
                ContentImporter.check(ContentSource.directory(SourceTree.root().resolve("exam-content")));
    }

    @Test
    void competenceNamesDefinitionsAndIndicatorsComeFromTheSeeds() {
        List<String> missing = new ArrayList<>();
        for (Documents.Competence competence : content.competences()) {
            check(competence.name(), competence.definitionSource(), competence.file() + " name", missing);
            check(competence.definition(), competence.definitionSource(), competence.file() + " definition", missing);
            for (Documents.Indicator indicator : competence.indicators()) {
                check(indicator.text(), indicator.source(), competence.file() + " indicator", missing);
            }
        }
        assertTrue(missing.isEmpty(), "not found in the seed they cite:\n" + String.join("\n", missing));
    }

    @Test
    void ratingLevelDescriptionsComeFromTheStandard() {
        List<String> missing = new ArrayList<>();
        for (Documents.RatingScale scale : content.ratingScales()) {
            for (Documents.RatingLevel level : scale.levels()) {
                check(level.description(), level.source(), scale.file() + " level " + level.rating(), missing);
                check(level.name(), level.source(), scale.file() + " level " + level.rating() + " name", missing);
            }
        }
        assertTrue(missing.isEmpty(), "not found in the seed they cite:\n" + String.join("\n", missing));
    }

    @Test
    void learningOutcomesComeFromTheBeroepsnorm() {
        List<String> missing = new ArrayList<>();
        for (Documents.Theme theme : content.themes()) {
            check(theme.name(), theme.source(), theme.file() + " name", missing);
            for (Documents.LearningOutcome outcome : theme.outcomes()) {
                String asWritten = outcome.asInSeed() != null ? outcome.asInSeed() : outcome.text();
                check(asWritten, theme.source(), theme.file() + " " + outcome.code(), missing);
            }
        }
        assertTrue(missing.isEmpty(), "not found in the seed they cite:\n" + String.join("\n", missing));
    }

    private static void check(String text, String source, String where, List<String> missing) {
        Matcher seed = SEED_REFERENCE.matcher(source);
        if (!seed.find()) {
            return; // an addition by the exam board, named as such
        }
        String seedText = SEED_TEXT.get(seed.group(1));
        if (seedText == null) {
            missing.add(where + ": cites seed " + seed.group(1) + ", which does not exist");
        } else if (!seedText.contains(normalise(text))) {
            missing.add(where + ": \"" + text + "\" (seed " + seed.group(1) + ")");
        }
    }

    /** Lower case, bullets and markup removed, white space collapsed, no trailing punctuation. */
    static String normalise(String text) {
        String plain = text.toLowerCase(Locale.ROOT)
                .replaceAll("[*•→#]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return plain.replaceAll("[\\s;.,:]+$", "");
    }
}
