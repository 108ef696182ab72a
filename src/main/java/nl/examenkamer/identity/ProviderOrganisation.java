package nl.examenkamer.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A training provider (opleider). Its staff accounts carry the PROVIDER role and see only what
 * belongs to this organisation. The code is its stable, human-readable key in URLs and imports.
 */
@Entity
@Table(name = "provider_organisation")
public class ProviderOrganisation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "provider_organisation_seq")
    @SequenceGenerator(
            name = "provider_organisation_seq",
            sequenceName = "provider_organisation_seq",
            allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ProviderOrganisation() {}

    public ProviderOrganisation(String code, String name, Instant createdAt) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
