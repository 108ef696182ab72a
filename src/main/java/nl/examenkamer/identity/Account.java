package nl.examenkamer.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's way into Examenkamer.
 *
 * <p>Life cycle: the board creates an account with a temporary password (the user must change it
 * at the first log-in), may reset that password, change the roles, and deactivate or reactivate
 * the account. Accounts are never deleted: audit rows and exam records keep pointing at them.
 *
 * <p>Invariants: the user name is stored in lower case and never changes; an account has at least
 * one role; it belongs to exactly one provider organisation when, and only when, it has the
 * PROVIDER role; the password is held only as a slow salted hash.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 80)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne
    @JoinColumn(name = "provider_id")
    private ProviderOrganisation provider;

    @Column(name = "preferred_language", length = 8)
    private String preferredLanguage;

    @Embedded
    private LoginThrottle loginThrottle = new LoginThrottle();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {}

    /** A new account; the password given is temporary and must be changed at first log-in. */
    public static Account create(
            String username,
            String displayName,
            String email,
            Set<Role> roles,
            ProviderOrganisation provider,
            String temporaryPasswordHash,
            Instant now) {
        Account account = new Account();
        account.username = normaliseUsername(username);
        account.displayName = Objects.requireNonNull(displayName);
        account.email = email;
        account.assignRoles(roles, provider);
        account.passwordHash = Objects.requireNonNull(temporaryPasswordHash);
        account.mustChangePassword = true;
        account.active = true;
        account.createdAt = Objects.requireNonNull(now);
        return account;
    }

    public static String normaliseUsername(String username) {
        return Objects.requireNonNull(username).trim().toLowerCase(Locale.ROOT);
    }

    public void assignRoles(Set<Role> newRoles, ProviderOrganisation newProvider) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        boolean isProvider = newRoles.contains(Role.PROVIDER);
        if (isProvider != (newProvider != null)) {
            throw new IllegalArgumentException(
                    "An account belongs to a provider organisation exactly when it has the PROVIDER role");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.provider = newProvider;
    }

    /** The user chose a new password. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash);
        this.mustChangePassword = false;
    }

    /** The board set a temporary password; it also lifts a log-in lock. */
    public void resetPassword(String temporaryPasswordHash) {
        this.passwordHash = Objects.requireNonNull(temporaryPasswordHash);
        this.mustChangePassword = true;
        this.loginThrottle.unlock();
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void updateContact(String newDisplayName, String newEmail) {
        this.displayName = Objects.requireNonNull(newDisplayName);
        this.email = newEmail;
    }

    public void preferLanguage(Locale locale) {
        this.preferredLanguage = locale == null ? null : locale.getLanguage();
    }

    public LoginThrottle loginThrottle() {
        return loginThrottle;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Optional<ProviderOrganisation> provider() {
        return Optional.ofNullable(provider);
    }

    public Optional<Locale> preferredLanguage() {
        return Optional.ofNullable(preferredLanguage).map(Locale::forLanguageTag);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
