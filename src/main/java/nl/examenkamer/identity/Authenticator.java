package nl.examenkamer.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.audit.CurrentActor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a user name and password, counting failures per account (see {@link LoginThrottle}).
 * Each attempt is its own transaction, so a failure is counted even though the log-in fails.
 */
@ApplicationScoped
public class Authenticator {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "examenkamer.login.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "examenkamer.login.lock-minutes", defaultValue = "15")
    private int lockMinutes;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginOutcome authenticate(String username, String password) {
        if (username == null || username.isBlank() || password == null) {
            return LoginOutcome.invalid();
        }
        Optional<Account> found = accounts.findByUsernameForUpdate(username);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return LoginOutcome.invalid();
        }
        Account account = found.get();
        Instant now = clock.instant();
        Optional<Instant> lockedUntil = account.loginThrottle().lockedUntil(now);
        if (lockedUntil.isPresent()) {
            return LoginOutcome.locked(lockedUntil.get());
        }
        if (!hasher.matches(password, account.passwordHash())) {
            boolean lockedNow = account.loginThrottle().recordFailure(now, policy());
            if (lockedNow) {
                auditLog.recordAs(
                        CurrentActor.SYSTEM,
                        AuditEvent.of("account.locked", "account", account.username())
                                .withDetails(maxFailures + " failed log-ins; locked until "
                                        + account.loginThrottle()
                                                .lockedUntil(now)
                                                .orElseThrow()));
                return LoginOutcome.locked(
                        account.loginThrottle().lockedUntil(now).orElseThrow());
            }
            return LoginOutcome.invalid();
        }
        if (!account.isActive()) {
            return LoginOutcome.inactive();
        }
        account.loginThrottle().recordSuccess();
        return LoginOutcome.success(account);
    }

    LoginPolicy policy() {
        return new LoginPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    }
}
