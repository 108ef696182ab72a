package nl.examenkamer.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the item bank for the board: filtered lists, an item with its versions, one version. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemBank {

    @PersistenceContext
    private EntityManager em;

    public List<ItemViews.Summary> find(ItemFilter filter) {
        StringBuilder jpql =
                new StringBuilder("select v from ItemVersion v join v.item i where v.versionNo = i.currentVersion");
        Map<String, Object> parameters = new HashMap<>();
        if (present(filter.theme())) {
            jpql.append(" and v.theme = :theme");
            parameters.put("theme", filter.theme());
        }
        if (present(filter.legalDomain())) {
            jpql.append(" and v.legalDomain = :domain");
            parameters.put("domain", filter.legalDomain());
        }
        if (present(filter.title())) {
            jpql.append(" and :title member of v.titles");
            parameters.put("title", filter.title());
        }
        if (filter.status() != null) {
            jpql.append(" and i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.needsReview() != null) {
            jpql.append(" and i.needsReview = :needsReview");
            parameters.put("needsReview", filter.needsReview());
        }
        if (present(filter.text())) {
            jpql.append(" and (lower(i.code) like :text or lower(i.label) like :text or lower(v.question) like :text"
                    + " or lower(v.caseText) like :text)");
            parameters.put("text", "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        jpql.append(" order by i.code");
        TypedQuery<ItemVersion> query = em.createQuery(jpql.toString(), ItemVersion.class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(ItemBank::summary).toList();
    }

    public Optional<ItemViews.Detail> item(String code) {
        return findItem(code)
                .map(item -> new ItemViews.Detail(
                        item.code(),
                        item.label(),
                        item.filePath(),
                        item.status(),
                        item.author(),
                        item.reviewer(),
                        item.reviewedOn(),
                        item.note(),
                        item.needsReview(),
                        version(item.current()),
                        item.versions().stream().map(ItemVersion::versionNo).toList()));
    }

    public Optional<ItemViews.Version> version(String code, int versionNo) {
        return findItem(code)
                .filter(item -> versionNo >= 1 && versionNo <= item.currentVersion())
                .map(item -> version(item.versions().get(versionNo - 1)));
    }

    /** An item version, complete, by its id: what a form points at. */
    public Optional<ItemViews.Version> version(long versionId) {
        return Optional.ofNullable(em.find(ItemVersion.class, versionId)).map(this::version);
    }

    /** The id of an item's version, if the item has that version. */
    public Optional<Long> versionId(String code, int versionNo) {
        return em.createQuery(
                        "select v.id from ItemVersion v join v.item i where i.code = :code and v.versionNo = :versionNo",
                        Long.class)
                .setParameter("code", code)
                .setParameter("versionNo", versionNo)
                .getResultStream()
                .findFirst();
    }

    /** The item code and version number of each of the given item versions, by version id. */
    public Map<Long, ItemViews.VersionRef> versionRefs(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "select v.id, i.code, v.versionNo from ItemVersion v join v.item i where v.id in :ids",
                        Object[].class)
                .setParameter("ids", new ArrayList<>(versionIds))
                .getResultList()
                .stream()
                .collect(Collectors.toMap(
                        row -> (Long) row[0], row -> new ItemViews.VersionRef((String) row[1], (Integer) row[2])));
    }

    private Optional<Item> findItem(String code) {
        return em.createQuery("select i from Item i where i.code = :code", Item.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    private ItemViews.Version version(ItemVersion version) {
        ItemContent content = version.content();
        Map<String, LegalSource> sources = em
                .createQuery("select s from LegalSource s where s.code in :codes", LegalSource.class)
                .setParameter("codes", new ArrayList<>(content.sources()))
                .getResultList()
                .stream()
                .collect(Collectors.toMap(LegalSource::code, Function.identity()));
        return new ItemViews.Version(
                version.versionNo(),
                version.contentHash(),
                version.createdAt(),
                content.type(),
                content.theme(),
                content.legalDomain(),
                List.copyOf(content.titles()),
                content.caseText(),
                content.question(),
                content.options().stream()
                        .map(o -> new ItemViews.Option(o.label(), o.text(), o.correct()))
                        .toList(),
                content.rationale(),
                content.sources().stream()
                        .map(code -> source(code, sources.get(code)))
                        .toList());
    }

    private static ItemViews.Source source(String code, LegalSource source) {
        if (source == null) {
            return new ItemViews.Source(code, code, null, null, null, false);
        }
        return new ItemViews.Source(
                code, source.citation(), source.title(), source.effectiveFrom(), source.url(), source.isActive());
    }

    private static ItemViews.Summary summary(ItemVersion version) {
        Item item = version.item();
        return new ItemViews.Summary(
                item.code(),
                item.label(),
                item.status(),
                version.type(),
                version.theme(),
                version.legalDomain(),
                List.copyOf(version.titles()),
                item.currentVersion(),
                item.needsReview());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
