package nl.examenkamer.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.audit.CurrentActor;
import nl.examenkamer.shared.RuleViolation;

/** The board issues and revokes training providers' API keys; the API checks them. */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    /** The principal name of a caller that authenticated with a key: {@code apikey:<provider>:<prefix>}. */
    public static final String PRINCIPAL_PREFIX = "apikey:";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    /** A key as the board sees it: never the secret. */
    public record KeyView(String prefix, String label, Instant createdAt, String createdBy, Instant revokedAt)
            implements Serializable {}

    /** A key just issued: shown to the board once. */
    public record IssuedKey(String providerCode, String prefix, String key) implements Serializable {}

    public IssuedKey issue(
            @NotBlank String providerCode,
            @NotBlank(message = "{apiKey.label.required}") @Size(max = 100, message = "{field.tooLong}") String label) {
        ProviderOrganisation provider = provider(providerCode);
        ApiKey.Issued issued = ApiKey.issue(provider, label.strip(), clock.instant(), currentActor.name());
        em.persist(issued.key());
        auditLog.record(AuditEvent.of("apikey.issued", "provider", provider.code())
                .withDetails("key ek_" + issued.key().prefix() + " (" + label.strip() + ")"));
        return new IssuedKey(provider.code(), issued.key().prefix(), issued.plainKey());
    }

    public void revoke(
            @NotBlank String providerCode,
            @NotBlank String prefix,
            @NotBlank(message = "{reason.required}") String reason) {
        ApiKey key = em.createQuery(
                        "select k from ApiKey k where k.prefix = :prefix and k.provider.code = :provider", ApiKey.class)
                .setParameter("prefix", prefix)
                .setParameter("provider", providerCode.toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("apiKey.notFound", prefix));
        key.revoke(clock.instant(), currentActor.name());
        auditLog.record(
                AuditEvent.of("apikey.revoked", "provider", key.provider().code())
                        .because(reason)
                        .withDetails("key ek_" + prefix));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KeyView> keysOf(String providerCode) {
        return em
                .createQuery(
                        "select k from ApiKey k where k.provider.code = :provider order by k.createdAt desc",
                        ApiKey.class)
                .setParameter("provider", providerCode.toUpperCase(Locale.ROOT))
                .getResultList()
                .stream()
                .map(k -> new KeyView(k.prefix(), k.label(), k.createdAt(), k.createdBy(), k.revokedAt()))
                .toList();
    }

    /** The provider a presented key belongs to, if the key exists, matches and is not revoked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> authenticate(String plainKey) {
        String[] parts = ApiKey.split(plainKey);
        if (parts == null) {
            return Optional.empty();
        }
        return em.createQuery("select k from ApiKey k join fetch k.provider where k.prefix = :prefix", ApiKey.class)
                .setParameter("prefix", parts[0])
                .getResultStream()
                .findFirst()
                .filter(key -> !key.isRevoked() && key.matches(parts[1]))
                .map(key -> PRINCIPAL_PREFIX + key.provider().code() + ":" + key.prefix());
    }

    /** The provider code in an API key principal name, if it is one. */
    public static Optional<String> providerOfPrincipal(String principalName) {
        if (principalName == null || !principalName.startsWith(PRINCIPAL_PREFIX)) {
            return Optional.empty();
        }
        String rest = principalName.substring(PRINCIPAL_PREFIX.length());
        int colon = rest.indexOf(':');
        return Optional.of(colon < 0 ? rest : rest.substring(0, colon));
    }

    private ProviderOrganisation provider(String code) {
        return accounts.requireProvider(code);
    }
}
