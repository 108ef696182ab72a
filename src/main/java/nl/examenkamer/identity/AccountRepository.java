package nl.examenkamer.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.examenkamer.shared.RuleViolation;

/** Accounts and provider organisations in the database. Callers bring the transaction. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", Account.normaliseUsername(username))
                .getResultStream()
                .findFirst();
    }

    /** The language each of these accounts chose, by user name; accounts without a choice are left out. */
    public Map<String, Locale> preferredLanguages(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, Locale> chosen = new HashMap<>();
        em.createQuery(
                        "select a.username, a.preferredLanguage from Account a"
                                + " where a.username in :usernames and a.preferredLanguage is not null",
                        Object[].class)
                .setParameter(
                        "usernames",
                        usernames.stream()
                                .map(Account::normaliseUsername)
                                .distinct()
                                .toList())
                .getResultList()
                .forEach(row -> chosen.put((String) row[0], Locale.forLanguageTag((String) row[1])));
        return chosen;
    }

    /** The account, locked for update: concurrent log-in attempts count one after the other. */
    public Optional<Account> findByUsernameForUpdate(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", Account.normaliseUsername(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    public boolean existsWithRole(Role role) {
        return !em.createQuery("select a.id from Account a join a.roles r where r = :role", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public List<Account> findAll(String search, Role role, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Account> query = cb.createQuery(Account.class);
        Root<Account> account = query.from(Account.class);
        query.select(account)
                .where(matching(cb, query, account, search, role))
                .orderBy(cb.asc(account.get("username")));
        return em.createQuery(query)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(String search, Role role) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Account> account = query.from(Account.class);
        query.select(cb.count(account)).where(matching(cb, query, account, search, role));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] matching(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<Account> account, String search, Role role) {
        List<Predicate> conditions = new ArrayList<>();
        if (search != null && !search.isBlank()) {
            String pattern = "%"
                    + search.trim()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            conditions.add(cb.or(
                    cb.like(cb.lower(account.get("username")), pattern, '\\'),
                    cb.like(cb.lower(account.get("displayName")), pattern, '\\')));
        }
        if (role != null) {
            // A sub-query keeps one row per account, so paging counts accounts, not roles.
            Subquery<Long> withRole = query.subquery(Long.class);
            Root<Account> other = withRole.from(Account.class);
            Join<Account, Role> roles = other.join("roles");
            withRole.select(other.get("id")).where(cb.equal(roles, role));
            conditions.add(account.get("id").in(withRole));
        }
        return conditions.toArray(Predicate[]::new);
    }

    public List<Account> findStaffOf(ProviderOrganisation provider) {
        return em.createQuery("select a from Account a where a.provider = :provider order by a.username", Account.class)
                .setParameter("provider", provider)
                .getResultList();
    }

    public void add(Account account) {
        em.persist(account);
    }

    public Optional<ProviderOrganisation> findProvider(String code) {
        return em.createQuery("select p from ProviderOrganisation p where p.code = :code", ProviderOrganisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /** The provider with this code (in any case), or a 404 that says there is none. */
    public ProviderOrganisation requireProvider(String code) {
        return findProvider(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> RuleViolation.notFound("provider.notFound", code));
    }

    public List<ProviderOrganisation> findAllProviders() {
        return em.createQuery("select p from ProviderOrganisation p order by p.name", ProviderOrganisation.class)
                .getResultList();
    }

    public void addProvider(ProviderOrganisation provider) {
        em.persist(provider);
    }
}
