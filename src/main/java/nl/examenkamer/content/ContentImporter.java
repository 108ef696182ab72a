package nl.examenkamer.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.audit.CurrentActor;
import nl.examenkamer.content.importing.ContentProblems;
import nl.examenkamer.content.importing.ContentReader;
import nl.examenkamer.content.importing.ContentRejected;
import nl.examenkamer.content.importing.ContentSet;
import nl.examenkamer.content.importing.ContentSource;
import nl.examenkamer.content.importing.ContentValidator;
import nl.examenkamer.content.importing.Documents;

/**
 * Imports exam-content all or nothing: every file is read and checked first, and only content
 * without a single problem is written, in one transaction. Importing the same content again
 * changes nothing; an item whose content changed gets a new version and keeps its old ones.
 */
@ApplicationScoped
public class ContentImporter {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    /** Reads and checks the source; throws {@link ContentRejected} with every problem found. */
    public static ContentSet check(ContentSource source) {
        ContentProblems problems = new ContentProblems();
        ContentSet content = ContentReader.read(source, problems);
        ContentValidator.validate(content, problems);
        if (!problems.isEmpty()) {
            throw new ContentRejected(problems.list());
        }
        return content;
    }

    @Transactional
    public ImportReport importFrom(ContentSource source) {
        ContentSet content = check(source);
        Instant now = clock.instant();
        em.find(ContentLock.class, 1, LockModeType.PESSIMISTIC_WRITE).hold(now);

        int other = 0;
        other += syncLegalSources(content);
        other += sync(
                CurriculumTheme.class,
                content.themes(),
                Documents.Theme::code,
                CurriculumTheme::new,
                (theme, doc) -> theme.apply(
                        doc.name(),
                        doc.position(),
                        doc.source(),
                        doc.outcomes().stream()
                                .map(o -> new LearningOutcome(o.code(), o.level(), o.group(), o.text()))
                                .toList()),
                CurriculumTheme::code,
                CurriculumTheme::withdraw);
        other += sync(
                RatingScale.class,
                content.ratingScales(),
                Documents.RatingScale::code,
                RatingScale::new,
                (scale, doc) -> scale.apply(
                        doc.name(),
                        doc.levels().stream()
                                .map(l -> new RatingScale.Level(l.rating(), l.name(), l.description(), l.source()))
                                .toList()),
                RatingScale::code,
                RatingScale::withdraw);
        other += sync(
                Competence.class,
                content.competences(),
                Documents.Competence::code,
                Competence::new,
                (competence, doc) -> competence.apply(
                        doc.scheme().value(),
                        doc.name(),
                        doc.scope(),
                        doc.position(),
                        doc.titles().stream().map(t -> t.value()).collect(Collectors.toCollection(TreeSet::new)),
                        doc.definition(),
                        doc.definitionSource(),
                        doc.indicators().stream()
                                .map(i -> new Indicator(i.text(), i.source()))
                                .toList(),
                        doc.note()),
                Competence::code,
                Competence::withdraw);
        other += sync(
                CertificationScheme.class,
                content.schemes(),
                Documents.CertificationScheme::code,
                CertificationScheme::new,
                ContentImporter::applyScheme,
                CertificationScheme::code,
                CertificationScheme::withdraw);
        other += sync(
                RecertificationScheme.class,
                content.recertificationSchemes(),
                Documents.RecertificationScheme::code,
                RecertificationScheme::new,
                RecertificationScheme::apply,
                RecertificationScheme::code,
                RecertificationScheme::withdraw);
        other += sync(
                Blueprint.class,
                content.blueprints(),
                Documents.Blueprint::code,
                Blueprint::new,
                (blueprint, doc) -> blueprint.apply(
                        doc.name(),
                        doc.scheme().value(),
                        doc.title().value(),
                        doc.items(),
                        doc.durationMinutes(),
                        doc.cutScoreMethod(),
                        doc.cutScorePercentage(),
                        doc.alternativeCutScoreMethod(),
                        doc.cells().stream()
                                .map(c -> new Blueprint.Cell(
                                        c.theme().value(), c.legalDomain().value(), c.items()))
                                .toList()),
                Blueprint::code,
                Blueprint::withdraw);
        ImportReport items = syncItems(content, now);
        ImportReport report = new ImportReport(
                items.itemsAdded(),
                items.versionsAdded(),
                items.itemsUpdated(),
                items.itemsRetired(),
                other + items.otherChanges());

        if (report.changedAnything()) {
            em.persist(new ContentImport(now, currentActor.name(), source.origin(), source.digest(), report));
            auditLog.record(AuditEvent.of(
                            "content.imported", "exam-content", source.digest().substring(0, 12))
                    .withDetails(source.origin() + ": " + report));
        }
        return report;
    }

    private int syncLegalSources(ContentSet content) {
        Map<String, LegalSource> existing = all(LegalSource.class, LegalSource::code);
        int changes = 0;
        Set<String> present = new HashSet<>();
        for (Documents.Legislation act : content.legislation()) {
            for (Documents.LegalSource doc : act.sources()) {
                present.add(doc.code());
                LegalSource source = existing.get(doc.code());
                if (source == null) {
                    source = new LegalSource(doc.code());
                    em.persist(source);
                }
                if (source.apply(
                        doc.kind(),
                        act.act(),
                        act.abbreviation(),
                        doc.citation(),
                        doc.title(),
                        doc.effectiveFrom(),
                        act.checkedOn(),
                        doc.url(),
                        doc.note())) {
                    changes++;
                }
            }
        }
        for (LegalSource source : existing.values()) {
            if (!present.contains(source.code()) && source.withdraw()) {
                changes++;
            }
        }
        return changes;
    }

    private ImportReport syncItems(ContentSet content, Instant now) {
        Map<String, Item> existing = all(Item.class, Item::code);
        int added = 0;
        int versions = 0;
        int updated = 0;
        int retired = 0;
        Set<String> present = new HashSet<>();
        for (Documents.Item doc : content.items()) {
            present.add(doc.code());
            Item.Metadata metadata = new Item.Metadata(
                    doc.file(), doc.label(), doc.status(), doc.author(), doc.reviewer(), doc.reviewedOn(), doc.note());
            ItemContent itemContent = contentOf(doc);
            Item item = existing.get(doc.code());
            if (item == null) {
                em.persist(Item.create(doc.code(), metadata, itemContent, now));
                added++;
                continue;
            }
            if (item.revise(itemContent, now)) {
                versions++;
            }
            if (item.applyMetadata(metadata)) {
                updated++;
            }
        }
        for (Item item : existing.values()) {
            if (!present.contains(item.code()) && item.retireBecauseRemoved()) {
                retired++;
            }
        }
        em.flush();
        Map<String, LocalDate> effective = new HashMap<>();
        for (LegalSource source :
                em.createQuery("select s from LegalSource s", LegalSource.class).getResultList()) {
            effective.put(source.code(), source.effectiveFrom());
        }
        int flagged = 0;
        for (Item item : em.createQuery("select i from Item i", Item.class).getResultList()) {
            if (item.checkCurrency(effective)) {
                flagged++;
            }
        }
        return new ImportReport(added, versions, updated, retired, flagged);
    }

    static ItemContent contentOf(Documents.Item doc) {
        List<ItemContent.Option> options = new ArrayList<>();
        doc.options()
                .forEach((label, text) -> options.add(
                        new ItemContent.Option(label, text, doc.key().contains(label))));
        return new ItemContent(
                doc.type(),
                doc.theme().value(),
                doc.legalDomain().value(),
                doc.titles().stream().map(t -> t.value()).collect(Collectors.toCollection(TreeSet::new)),
                doc.caseText(),
                doc.question(),
                options,
                doc.rationale(),
                doc.sources().stream().map(s -> s.value()).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static boolean applyScheme(CertificationScheme scheme, Documents.CertificationScheme doc) {
        return scheme.apply(
                doc.name(),
                doc.register(),
                doc.titles().stream()
                        .map(t -> new NamedCode(t.code(), t.name(), t.description()))
                        .toList(),
                doc.legalDomains().stream()
                        .map(d -> new NamedCode(d.code(), d.name(), null))
                        .toList(),
                doc.admission().themes().stream()
                        .map(t -> t.value())
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                new AdmissionRequirements(
                        doc.admission().minContactHours(),
                        doc.admission().minStudyLoadHours(),
                        doc.admission().minThemeContactHours()),
                new WrittenExamRules(
                        doc.written().items(),
                        doc.written().durationMinutes(),
                        doc.written().cutScoreMethod(),
                        doc.written().cutScorePercentage(),
                        doc.written().alternativeCutScoreMethod(),
                        doc.written().extraTimePercentage(),
                        doc.written().itemAnalysis().minP(),
                        doc.written().itemAnalysis().maxP(),
                        doc.written().itemAnalysis().minRir(),
                        doc.written().inzage().requestDays(),
                        doc.written().inzage().longestWindowDays()),
                new OralExamRules(
                        doc.oral().slotMinutes(),
                        doc.oral().deliberationMinutes(),
                        doc.oral().ratingScale().value(),
                        doc.oral().minimumRating(),
                        doc.oral().reasonRequiredAtOrBelow(),
                        doc.oral().reconciliationGapNeedingReason()));
    }

    /**
     * Brings one kind of keyed content in line with the documents: creates what is new, applies
     * what changed, withdraws what disappeared. Returns the number of changes.
     */
    private <E, D> int sync(
            Class<E> type,
            List<D> documents,
            Function<D, String> documentCode,
            Function<String, E> create,
            BiPredicate<E, D> apply,
            Function<E, String> entityCode,
            Predicate<E> withdraw) {
        Map<String, E> existing = all(type, entityCode);
        int changes = 0;
        Set<String> present = new HashSet<>();
        for (D document : documents) {
            String code = documentCode.apply(document);
            present.add(code);
            E entity = existing.get(code);
            if (entity == null) {
                entity = create.apply(code);
                em.persist(entity);
            }
            if (apply.test(entity, document)) {
                changes++;
            }
        }
        for (Map.Entry<String, E> entry : existing.entrySet()) {
            if (!present.contains(entry.getKey()) && withdraw.test(entry.getValue())) {
                changes++;
            }
        }
        return changes;
    }

    private <E> Map<String, E> all(Class<E> type, Function<E, String> code) {
        return em.createQuery("select e from " + type.getSimpleName() + " e", type).getResultList().stream()
                .collect(Collectors.toMap(code, Function.identity()));
    }
}
