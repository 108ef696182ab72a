package nl.examenkamer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.examenkamer.content.importing.ContentRejected;
import nl.examenkamer.content.importing.ContentSet;
import nl.examenkamer.content.importing.ContentSource;
import nl.examenkamer.content.importing.Documents;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Test;

/**
 * The real exam-content, checked on every build: every file against its schema, every reference,
 * and every blueprint cell against the active items for its title. A broken file fails the build
 * with its file, line and field.
 */
class ExamContentTest {

    private static final ContentSet CONTENT = load();

    private static ContentSet load() {
        try {
            return ContentImporter.check(
                    ContentSource.directory(SourceTree.root().resolve("exam-content")));
        } catch (ContentRejected rejected) {
            throw new AssertionError(
                    "exam-content has problems:\n"
                            + rejected.problems().stream().map(Object::toString).collect(Collectors.joining("\n")),
                    rejected);
        }
    }

    @Test
    void theItemBankHasAtLeastOneHundredItemsOfWhichEightyActive() {
        long active = CONTENT.items().stream()
                .filter(item -> item.status() == ItemStatus.ACTIVE)
                .count();
        assertTrue(CONTENT.items().size() >= 100, "items: " + CONTENT.items().size());
        assertTrue(active >= 80, "active items: " + active);
    }

    @Test
    void itemsCoverEveryThemeAndLegalDomainAndBothItemTypes() {
        Set<String> themes =
                CONTENT.items().stream().map(item -> item.theme().value()).collect(Collectors.toSet());
        assertEquals(
                Set.of("arbeid-en-gezondheid", "arbeid-en-organisatie", "wettelijk-kader", "professionaliseren"),
                themes);
        Set<String> domains = CONTENT.schemes().get(0).legalDomains().stream()
                .map(Documents.LegalDomain::code)
                .collect(Collectors.toSet());
        Set<String> covered = CONTENT.items().stream()
                .filter(item -> item.status() == ItemStatus.ACTIVE)
                .map(item -> item.legalDomain().value())
                .collect(Collectors.toSet());
        assertEquals(domains, covered, "every legal domain of the scheme has active items");
        assertTrue(CONTENT.items().stream().anyMatch(item -> item.type() == ItemType.MULTIPLE));
        assertTrue(CONTENT.items().stream().anyMatch(item -> item.type() == ItemType.SINGLE));
    }

    @Test
    void everyKindOfContentIsThere() {
        assertEquals(1, CONTENT.schemes().size(), "the rnvc-casemanager scheme");
        assertEquals(1, CONTENT.recertificationSchemes().size(), "the re-certification scheme");
        assertEquals(4, CONTENT.themes().size(), "four curriculum themes");
        assertEquals(19, CONTENT.competences().size(), "10 core competencies and 2 + 4 + 3 of the titles");
        assertEquals(1, CONTENT.ratingScales().size());
        assertEquals(3, CONTENT.blueprints().size(), "a blueprint per title");
        assertFalse(CONTENT.legalSources().isEmpty());
    }

    @Test
    void theFrameworkHasTenCoreCompetenciesAndTheTitlesTheirOwn() {
        Map<CompetenceScope, Long> byScope = CONTENT.competences().stream()
                .collect(Collectors.groupingBy(Documents.Competence::scope, Collectors.counting()));
        assertEquals(10, byScope.get(CompetenceScope.CORE));
        Map<String, Long> perTitle = CONTENT.competences().stream()
                .filter(competence -> competence.scope() == CompetenceScope.TITLE)
                .collect(Collectors.groupingBy(
                        competence -> competence.titles().get(0).value(), Collectors.counting()));
        assertEquals(Map.of("CROV", 2L, "RCCM", 4L, "RCMT", 3L), perTitle);
    }

    @Test
    void schemeDefaultsAreTheDesignDefaults() {
        Documents.CertificationScheme scheme = CONTENT.schemes().get(0);
        assertEquals(0, scheme.admission().minContactHours().compareTo(new java.math.BigDecimal("60")));
        assertEquals(0, scheme.admission().minStudyLoadHours().compareTo(new java.math.BigDecimal("100")));
        assertEquals(40, scheme.written().items());
        assertEquals(90, scheme.written().durationMinutes());
        assertEquals(0, scheme.written().cutScorePercentage().compareTo(new java.math.BigDecimal("65")));
        assertEquals(CutScoreMethod.COHEN_SCHOTANUS, scheme.written().alternativeCutScoreMethod());
        assertEquals(25, scheme.written().extraTimePercentage());
        assertEquals(60, scheme.oral().slotMinutes());
        assertEquals(15, scheme.oral().deliberationMinutes());
        assertEquals(3, scheme.oral().minimumRating());
        Documents.RecertificationScheme recertification =
                CONTENT.recertificationSchemes().get(0);
        assertEquals(0, recertification.requiredPoints().compareTo(new java.math.BigDecimal("32")));
        assertEquals(0, recertification.maxPeerConsultationPoints().compareTo(new java.math.BigDecimal("10")));
        assertEquals(0, recertification.maxPointsPerActivity().compareTo(new java.math.BigDecimal("4")));
        assertEquals(6, recertification.minIntervisionReports());
    }

    @Test
    void draftItemsSayWhatTheyStillNeed() {
        CONTENT.items().stream()
                .filter(item -> item.status() == ItemStatus.DRAFT)
                .forEach(item -> assertTrue(item.note() != null && !item.note().isBlank(), item.file()));
    }
}
