package nl.examenkamer.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A training provider's API key, issued by the board. The key is shown once, when it is issued;
 * only a hash of its secret part is stored. Its prefix identifies it without revealing it, so the
 * board can revoke "ek_3f9a2c1b" and a log can name it.
 *
 * <p>The key is 26 random characters from a 62-letter alphabet (about 150 bits), so a plain SHA-256
 * is enough to store it: there is nothing to guess, unlike a password, and checking it on every API
 * call must be cheap.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public static final String KEY_START = "ek_";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_id", updatable = false)
    private ProviderOrganisation provider;

    @Column(nullable = false, unique = true, updatable = false)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    private String label;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Version
    private long version;

    /** A freshly issued key: the entity to store and the full key to show once. */
    public record Issued(ApiKey key, String plainKey) {}

    protected ApiKey() {}

    public static Issued issue(ProviderOrganisation provider, String label, Instant now, String issuedBy) {
        String prefix = random(8).toLowerCase(java.util.Locale.ROOT);
        String secret = random(26);
        ApiKey key = new ApiKey();
        key.provider = Objects.requireNonNull(provider);
        key.prefix = prefix;
        key.secretHash = hash(secret);
        key.label = label;
        key.createdAt = now;
        key.createdBy = issuedBy;
        return new Issued(key, KEY_START + prefix + "_" + secret);
    }

    /** The prefix and secret of a presented key, or null when it is not shaped like one of ours. */
    public static String[] split(String plainKey) {
        if (plainKey == null || !plainKey.startsWith(KEY_START)) {
            return null;
        }
        String[] parts = plainKey.substring(KEY_START.length()).split("_", 2);
        return parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty() ? parts : null;
    }

    public boolean matches(String secret) {
        return MessageDigest.isEqual(
                secretHash.getBytes(StandardCharsets.US_ASCII), hash(secret).getBytes(StandardCharsets.US_ASCII));
    }

    public void revoke(Instant now, String by) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    public ProviderOrganisation provider() {
        return provider;
    }

    public String prefix() {
        return prefix;
    }

    public String label() {
        return label;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
