package nl.examenkamer.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.examenkamer.shared.RuleViolation;

/**
 * Reads the imported content that is not the item bank: schemes, competence frameworks, the rating
 * scale, curriculum themes, legal sources, blueprints with their coverage, and the import history.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentCatalog {

    @PersistenceContext
    private EntityManager em;

    public List<ContentViews.TitleView> titles() {
        return activeSchemes().stream()
                .flatMap(scheme -> scheme.titles().stream())
                .map(title -> new ContentViews.TitleView(title.code(), title.name(), title.description()))
                .toList();
    }

    public List<NamedCode> legalDomains() {
        return activeSchemes().stream()
                .flatMap(scheme -> scheme.legalDomains().stream())
                .toList();
    }

    public Optional<CertificationScheme> scheme(String code) {
        return activeSchemes().stream()
                .filter(scheme -> scheme.code().equals(code))
                .findFirst();
    }

    /** The active scheme that awards a title (RCCM): its rules hold the title's exam defaults. */
    public Optional<CertificationScheme> schemeForTitle(String title) {
        return activeSchemes().stream()
                .filter(scheme -> scheme.titles().stream().map(NamedCode::code).anyMatch(code -> code.equals(title)))
                .findFirst();
    }

    /** The written exam rules for a title's sessions; refused while no active scheme awards the title. */
    public WrittenExamRules writtenRules(String title) {
        return schemeForTitle(title)
                .orElseThrow(() -> RuleViolation.conflict("scheme.title.unknown", title))
                .written();
    }

    public List<CertificationScheme> activeSchemes() {
        return em.createQuery(
                        "select s from CertificationScheme s where s.active = true order by s.code",
                        CertificationScheme.class)
                .getResultList();
    }

    /** The competences of one title's framework: the core competencies and the title's own, in order. */
    public List<ContentViews.CompetenceView> framework(String title) {
        return em
                .createQuery("select c from Competence c where c.active = true order by c.position", Competence.class)
                .getResultList()
                .stream()
                .filter(competence -> title == null || competence.appliesTo(title))
                .map(c -> new ContentViews.CompetenceView(
                        c.code(),
                        c.name(),
                        c.scope(),
                        List.copyOf(c.titles()),
                        c.definition(),
                        c.definitionSource(),
                        c.indicators().stream()
                                .map(i -> new ContentViews.IndicatorView(i.text(), i.source()))
                                .toList(),
                        c.note()))
                .toList();
    }

    public List<ContentViews.ScaleView> ratingScales() {
        return em.createQuery("select s from RatingScale s order by s.code", RatingScale.class).getResultList().stream()
                .map(s -> new ContentViews.ScaleView(
                        s.code(),
                        s.name(),
                        s.levels().stream()
                                .map(l -> new ContentViews.LevelView(l.rating(), l.name(), l.description(), l.source()))
                                .toList()))
                .toList();
    }

    public List<ContentViews.ThemeView> themes() {
        return em
                .createQuery(
                        "select t from CurriculumTheme t where t.active = true order by t.position",
                        CurriculumTheme.class)
                .getResultList()
                .stream()
                .map(t -> new ContentViews.ThemeView(
                        t.code(),
                        t.name(),
                        t.source(),
                        t.outcomes().stream()
                                .map(o -> new ContentViews.OutcomeView(o.code(), o.level(), o.group(), o.text()))
                                .toList()))
                .toList();
    }

    /** Each active theme's name by its code, without the learning outcomes {@link #themes()} reads. */
    public Map<String, String> themeNames() {
        return em
                .createQuery(
                        "select t.code, t.name from CurriculumTheme t where t.active = true order by t.position",
                        Object[].class)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(
                        row -> (String) row[0], row -> (String) row[1], (a, b) -> a, LinkedHashMap::new));
    }

    public List<ContentViews.LegalSourceView> legalSources() {
        return em
                .createQuery("select s from LegalSource s where s.active = true order by s.code", LegalSource.class)
                .getResultList()
                .stream()
                .map(s -> new ContentViews.LegalSourceView(
                        s.code(),
                        s.kind(),
                        s.act(),
                        s.citation(),
                        s.title(),
                        s.effectiveFrom(),
                        s.checkedOn(),
                        s.url(),
                        s.note()))
                .toList();
    }

    public List<ContentViews.BlueprintCoverage> coverage() {
        List<ItemVersion> active = em.createQuery(
                        "select v from ItemVersion v join v.item i where v.versionNo = i.currentVersion and i.status = :active",
                        ItemVersion.class)
                .setParameter("active", ItemStatus.ACTIVE)
                .getResultList();
        return em
                .createQuery("select b from Blueprint b where b.active = true order by b.code", Blueprint.class)
                .getResultList()
                .stream()
                .map(blueprint -> new ContentViews.BlueprintCoverage(
                        blueprint.code(),
                        blueprint.name(),
                        blueprint.title(),
                        blueprint.itemCount(),
                        blueprint.durationMinutes(),
                        blueprint.cutScoreMethod(),
                        blueprint.cutScorePercentage(),
                        blueprint.cells().stream()
                                .map(cell -> new ContentViews.CellCoverage(
                                        cell.theme(),
                                        cell.legalDomain(),
                                        cell.items(),
                                        active.stream()
                                                .filter(v -> v.theme().equals(cell.theme()))
                                                .filter(v -> v.legalDomain().equals(cell.legalDomain()))
                                                .filter(v -> v.titles().contains(blueprint.title()))
                                                .count()))
                                .toList()))
                .toList();
    }

    public List<ContentViews.ImportView> imports(int limit) {
        return em
                .createQuery("select i from ContentImport i order by i.importedAt desc", ContentImport.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(i -> new ContentViews.ImportView(i.importedAt(), i.importedBy(), i.origin(), i.report()))
                .sorted(Comparator.comparing(ContentViews.ImportView::importedAt)
                        .reversed())
                .toList();
    }
}
