package nl.examenkamer.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** An account as the board's pages and the API show it: never the password hash. */
public record AccountSummary(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        String providerCode,
        String providerName,
        boolean active,
        boolean mustChangePassword,
        boolean locked,
        Instant createdAt)
        implements Serializable {

    static AccountSummary of(Account account, Instant now) {
        return new AccountSummary(
                account.username(),
                account.displayName(),
                account.email(),
                account.roles(),
                account.provider().map(ProviderOrganisation::code).orElse(null),
                account.provider().map(ProviderOrganisation::name).orElse(null),
                account.isActive(),
                account.mustChangePassword(),
                account.loginThrottle().isLocked(now),
                account.createdAt());
    }
}
