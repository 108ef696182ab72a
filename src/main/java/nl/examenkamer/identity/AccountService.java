package nl.examenkamer.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;

/**
 * Account administration by the board and a user's own password change. Every change is audited
 * in the same transaction. Who may call what is declared where requests enter (web.xml for pages,
 * {@code @RolesAllowed} on REST resources).
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    public IssuedPassword create(@NotNull @Valid NewAccount request) {
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw RuleViolation.conflict("account.username.taken", request.username());
        }
        ProviderOrganisation provider = providerFor(request.roles(), request.providerCode());
        String temporary = PasswordHasher.temporaryPassword();
        Account account = Account.create(
                request.username(),
                request.displayName().trim(),
                blankToNull(request.email()),
                request.roles(),
                provider,
                hasher.hash(temporary),
                clock.instant());
        accounts.add(account);
        auditLog.record(AuditEvent.of("account.created", "account", account.username())
                .withDetails("roles=" + new TreeSet<>(account.roles())
                        + account.provider().map(p -> " provider=" + p.code()).orElse("")));
        return new IssuedPassword(account.username(), temporary);
    }

    /**
     * Creates an account with a password chosen by the operator (first board account of an
     * installation, demo accounts). The password is not temporary.
     */
    public void createWithPassword(NewAccount request, String password, String reason) {
        requireAcceptable(request.username(), password);
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw RuleViolation.conflict("account.username.taken", request.username());
        }
        String hash = hasher.hash(password);
        Account account = Account.create(
                request.username(),
                request.displayName(),
                blankToNull(request.email()),
                request.roles(),
                providerFor(request.roles(), request.providerCode()),
                hash,
                clock.instant());
        account.changePassword(hash);
        accounts.add(account);
        auditLog.record(AuditEvent.of("account.created", "account", account.username())
                .because(reason)
                .withDetails("roles=" + new TreeSet<>(account.roles())));
    }

    public IssuedPassword resetPassword(
            @NotBlank String username, @NotBlank(message = "{reason.required}") String reason) {
        Account account = existing(username);
        String temporary = PasswordHasher.temporaryPassword();
        account.resetPassword(hasher.hash(temporary));
        auditLog.record(AuditEvent.of("account.password-reset", "account", account.username())
                .because(reason));
        return new IssuedPassword(account.username(), temporary);
    }

    public void changeRoles(
            @NotBlank String username,
            @NotNull Set<Role> roles,
            String providerCode,
            @NotBlank(message = "{reason.required}") String reason) {
        if (roles.isEmpty()) {
            throw RuleViolation.invalid("account.roles.required");
        }
        Account account = existing(username);
        Set<Role> before = new TreeSet<>(account.roles());
        account.assignRoles(roles, providerFor(roles, providerCode));
        auditLog.record(AuditEvent.of("account.roles-changed", "account", account.username())
                .because(reason)
                .withDetails("from=" + before + " to=" + new TreeSet<>(roles)
                        + account.provider().map(p -> " provider=" + p.code()).orElse("")));
    }

    public void deactivate(@NotBlank String username, @NotBlank(message = "{reason.required}") String reason) {
        Account account = existing(username);
        account.deactivate();
        auditLog.record(AuditEvent.of("account.deactivated", "account", account.username())
                .because(reason));
    }

    public void activate(@NotBlank String username, @NotBlank(message = "{reason.required}") String reason) {
        Account account = existing(username);
        account.activate();
        auditLog.record(AuditEvent.of("account.activated", "account", account.username())
                .because(reason));
    }

    /** A user replaces their own password; the current one proves it is them. */
    public void changeOwnPassword(
            @NotBlank String username, @NotNull String currentPassword, @NotNull String newPassword) {
        Account account = existing(username);
        if (!hasher.matches(currentPassword, account.passwordHash())) {
            throw RuleViolation.invalid("password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw RuleViolation.invalid("password.unchanged");
        }
        requireAcceptable(account.username(), newPassword);
        account.changePassword(hasher.hash(newPassword));
        auditLog.record(AuditEvent.of("account.password-changed", "account", account.username()));
    }

    public void preferLanguage(@NotBlank String username, Locale locale) {
        accounts.findByUsername(username).ifPresent(account -> account.preferLanguage(locale));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AccountSummary> find(String username) {
        return accounts.findByUsername(username).map(account -> AccountSummary.of(account, clock.instant()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Locale> preferredLanguage(String username) {
        return accounts.findByUsername(username).flatMap(Account::preferredLanguage);
    }

    /** The language of mail to an account: its holder's choice, else Dutch; Dutch too without an account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Locale mailLanguage(String username) {
        return mailLanguages(username == null ? List.of() : List.of(username)).apply(username);
    }

    /**
     * The language of mail to each of these accounts, read in one query for a mailing to many (the
     * results of a session): a user name gives its holder's choice, else Dutch.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Function<String, Locale> mailLanguages(Collection<String> usernames) {
        Map<String, Locale> chosen = new HashMap<>();
        accounts.preferredLanguages(usernames)
                .forEach((username, language) -> chosen.put(username, Messages.supported(language)));
        return username -> username == null
                ? Messages.DUTCH
                : chosen.getOrDefault(Account.normaliseUsername(username), Messages.DUTCH);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountSummary> list(String search, Role role, int first, int pageSize) {
        var now = clock.instant();
        return accounts.findAll(search, role, first, pageSize).stream()
                .map(account -> AccountSummary.of(account, now))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String search, Role role) {
        return accounts.count(search, role);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean anyWithRole(Role role) {
        return accounts.existsWithRole(role);
    }

    // --- provider organisations ---

    public ProviderSummary createProvider(
            @NotBlank(message = "{provider.code.required}")
                    @Pattern(regexp = "[A-Za-z0-9-]{2,40}", message = "{provider.code.pattern}")
                    String code,
            @NotBlank(message = "{provider.name.required}") @Size(max = 200, message = "{field.tooLong}") String name) {
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (accounts.findProvider(normalised).isPresent()) {
            throw RuleViolation.conflict("provider.code.taken", normalised);
        }
        ProviderOrganisation provider = new ProviderOrganisation(normalised, name.trim(), clock.instant());
        accounts.addProvider(provider);
        auditLog.record(
                AuditEvent.of("provider.created", "provider", normalised).withDetails(name.trim()));
        return ProviderSummary.of(provider);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProviderSummary> providers() {
        return accounts.findAllProviders().stream().map(ProviderSummary::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ProviderSummary> provider(String code) {
        return accounts.findProvider(code.toUpperCase(Locale.ROOT)).map(ProviderSummary::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountSummary> staffOf(String providerCode) {
        var now = clock.instant();
        return accounts.findProvider(providerCode.toUpperCase(Locale.ROOT))
                .map(provider -> accounts.findStaffOf(provider).stream()
                        .map(account -> AccountSummary.of(account, now))
                        .toList())
                .orElse(List.of());
    }

    private Account existing(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> RuleViolation.notFound("account.notFound", username));
    }

    private ProviderOrganisation providerFor(Set<Role> roles, String providerCode) {
        boolean wantsProvider = roles.contains(Role.PROVIDER);
        if (!wantsProvider) {
            if (providerCode != null && !providerCode.isBlank()) {
                throw RuleViolation.invalid("account.provider.onlyForProviderRole");
            }
            return null;
        }
        if (providerCode == null || providerCode.isBlank()) {
            throw RuleViolation.invalid("account.provider.required");
        }
        return accounts.findProvider(providerCode.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> RuleViolation.invalid("provider.notFound", providerCode));
    }

    private static void requireAcceptable(String username, String password) {
        List<PasswordPolicy.Violation> violations = PasswordPolicy.check(username, password);
        if (!violations.isEmpty()) {
            PasswordPolicy.Violation first = violations.get(0);
            throw RuleViolation.invalid(first.messageKey(), first.arguments());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
