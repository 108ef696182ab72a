package nl.examenkamer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.examenkamer.content.importing.ContentProblem;
import nl.examenkamer.content.importing.ContentRejected;
import nl.examenkamer.shared.Messages;
import org.junit.jupiter.api.Test;

/**
 * Deliberately broken content gets one precise error each: the file, the line, the field and why.
 * (That nothing is stored when content is rejected is shown against the database in ContentIT.)
 */
class BrokenContentTest {

    private static final String ITEM = "items/loondoorbetaling/LD-01.yaml";

    @Test
    void aMissingKey() {
        ContentFixture content = ContentFixture.real().replace(ITEM, "key: B\n", "");
        ContentProblem problem = onlyProblem(content);
        assertEquals(ITEM, problem.file());
        assertEquals("key", problem.field());
        assertTrue(problem.message().contains("required"), problem.message());
        assertEquals(1, problem.line(), "reported at the item's first line, as the field is absent");
    }

    @Test
    void aKeyThatIsNotAmongTheOptions() {
        ContentFixture content = ContentFixture.real().replace(ITEM, "key: B\n", "key: E\n");
        ContentProblem problem = onlyProblem(content);
        assertEquals(ITEM, problem.file());
        assertEquals("key", problem.field());
        assertEquals(content.lineOf(ITEM, "key: E"), problem.line());
        assertTrue(problem.message().contains("'E' is not one of the options [A, B, C, D]"), problem.message());
        assertEquals(
                "'E' is niet een van de opties [A, B, C, D]",
                problem.text(Messages.DUTCH),
                "the board reads it in Dutch");
    }

    @Test
    void anUnknownLegalSource() {
        ContentFixture content = ContentFixture.real().replace(ITEM, "  - BW7-629\n", "  - BW7-999\n");
        ContentProblem problem = onlyProblem(content);
        assertEquals(ITEM, problem.file());
        assertEquals("sources", problem.field());
        assertEquals(content.lineOf(ITEM, "  - BW7-999"), problem.line());
        assertTrue(problem.message().contains("unknown legal source 'BW7-999'"), problem.message());
    }

    @Test
    void anUnknownTheme() {
        ContentFixture content =
                ContentFixture.real().replace(ITEM, "theme: wettelijk-kader", "theme: wettelijke-kaders");
        ContentProblem problem = onlyProblem(content);
        assertEquals("theme", problem.field());
        assertEquals(content.lineOf(ITEM, "theme: wettelijke-kaders"), problem.line());
        assertTrue(problem.message().contains("unknown curriculum theme 'wettelijke-kaders'"), problem.message());
    }

    @Test
    void aDuplicateId() {
        ContentFixture content = ContentFixture.real();
        content.put("items/ontslag/LD-01.yaml", content.text(ITEM));
        ContentProblem problem = onlyProblem(content);
        assertEquals("items/ontslag/LD-01.yaml", problem.file());
        assertEquals("id", problem.field());
        assertTrue(problem.message().contains("duplicate id 'LD-01', also used by " + ITEM), problem.message());
    }

    @Test
    void malformedYaml() {
        ContentFixture content = ContentFixture.real().replace(ITEM, "label: \"", "label: \"unclosed\n  quote: \"");
        ContentProblem problem = onlyProblem(content);
        assertEquals(ITEM, problem.file());
        assertEquals("(yaml)", problem.field());
        assertTrue(problem.line() > 0, "the line where the parser gave up");
        assertTrue(problem.message().startsWith("malformed YAML"), problem.message());
    }

    @Test
    void aSingleChoiceItemWithTwoKeys() {
        ContentFixture content = ContentFixture.real().replace(ITEM, "key: B\n", "key: [A, B]\n");
        ContentProblem problem = onlyProblem(content);
        assertEquals("key", problem.field());
        assertTrue(problem.message().contains("exactly one key"), problem.message());
    }

    @Test
    void aBlueprintThatCannotBeFilled() {
        String blueprint = "blueprints/schriftelijk-crov.yaml";
        ContentFixture content = ContentFixture.real()
                .replace(
                        blueprint,
                        "    legalDomain: loondoorbetaling\n    items: 4",
                        "    legalDomain: loondoorbetaling\n    items: 30")
                .replace(blueprint, "items: 40", "items: 66");
        ContentProblem problem = onlyProblem(content);
        assertEquals(blueprint, problem.file());
        assertEquals("cells.items", problem.field());
        assertTrue(
                problem.message().contains("draws 30 items, but only 8 active items for CROV exist"),
                problem.message());
    }

    @Test
    void anUnknownFieldIsReportedRatherThanIgnored() {
        ContentFixture content = ContentFixture.real().replace(ITEM, "rationale: >-", "rationalle: >-");
        List<ContentProblem> problems = problems(content);
        assertTrue(
                problems.stream()
                        .anyMatch(p ->
                                p.field().equals("rationalle") && p.message().startsWith("unknown field")),
                problems.toString());
        assertTrue(
                problems.stream()
                        .anyMatch(p ->
                                p.field().equals("rationale") && p.message().contains("required")),
                problems.toString());
    }

    @Test
    void itemAnalysisThresholdsOutOfOrder() {
        String scheme = "schemes/rnvc-casemanager.yaml";
        ContentFixture content = ContentFixture.real().replace(scheme, "maxP: 0.95", "maxP: 0.25");
        ContentProblem problem = onlyProblem(content);
        assertEquals(scheme, problem.file());
        assertEquals("writtenExam.itemAnalysis.maxP", problem.field());
        assertEquals(content.lineOf(scheme, "maxP: 0.25"), problem.line());
        assertTrue(problem.message().contains("must be above minP (0.30)"), problem.message());
    }

    @Test
    void aDefaultExtraTimeASessionCouldNotBePlannedWith() {
        String scheme = "schemes/rnvc-casemanager.yaml";
        ContentFixture content =
                ContentFixture.real().replace(scheme, "extraTimePercentage: 25", "extraTimePercentage: 150");
        ContentProblem problem = onlyProblem(content);
        assertEquals("writtenExam.extraTimePercentage", problem.field());
        assertTrue(problem.message().contains("must be between 0 and 100"), problem.message());
    }

    @Test
    void anInzageTermOfNoDays() {
        String scheme = "schemes/rnvc-casemanager.yaml";
        ContentFixture content = ContentFixture.real().replace(scheme, "requestDays: 42", "requestDays: 0");
        ContentProblem problem = onlyProblem(content);
        assertEquals(scheme, problem.file());
        assertEquals("writtenExam.inzage.requestDays", problem.field());
        assertEquals(content.lineOf(scheme, "requestDays: 0"), problem.line());
        assertTrue(problem.message().contains("must be between 1 and 365"), problem.message());
    }

    @Test
    void aSchemeWithoutInzageTerms() {
        String scheme = "schemes/rnvc-casemanager.yaml";
        ContentFixture content = ContentFixture.real().replace(scheme, "  inzage:\n", "  inspection:\n");
        List<ContentProblem> found = problems(content);
        assertTrue(
                found.stream().anyMatch(problem -> problem.field().equals("writtenExam.inzage")),
                "the missing terms are named: " + found);
    }

    @Test
    void aBlueprintForATitleItsSchemeDoesNotAward() {
        String blueprint = "blueprints/schriftelijk-crov.yaml";
        ContentFixture content = ContentFixture.real().replace(blueprint, "title: CROV", "title: CRXX");
        List<ContentProblem> found = problems(content);
        ContentProblem problem = found.stream()
                .filter(p -> p.file().equals(blueprint) && p.field().equals("title"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the title is named: " + found));
        assertEquals(content.lineOf(blueprint, "title: CRXX"), problem.line());
        assertEquals("unknown title of rnvc-casemanager 'CRXX'", problem.message());
        assertEquals("onbekende titel van rnvc-casemanager 'CRXX'", problem.text(Messages.DUTCH));
    }

    private static ContentProblem onlyProblem(ContentFixture content) {
        List<ContentProblem> problems = problems(content);
        assertEquals(1, problems.size(), "exactly one problem, got " + problems);
        return problems.get(0);
    }

    private static List<ContentProblem> problems(ContentFixture content) {
        List<ContentProblem> problems = assertThrows(
                        ContentRejected.class, () -> ContentImporter.check(content.source()))
                .problems();
        for (ContentProblem problem : problems) {
            for (java.util.Locale language : List.of(Messages.DUTCH, java.util.Locale.ENGLISH)) {
                assertTrue(
                        !problem.text(language).startsWith("content.problem."),
                        "every problem has its text in " + language + ": " + problem.key());
            }
        }
        return problems;
    }
}
