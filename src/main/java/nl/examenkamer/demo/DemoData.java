package nl.examenkamer.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.NewAccount;
import nl.examenkamer.identity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo mode only ({@code examenkamer.demo=true}, set by the README's run command): one account per
 * role and a demo training provider, so a newcomer can look around at once. Never active in tests
 * or production, where the setting is false. Safe to run on every start: what exists is kept.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The demo password of every demo account, as listed in the README. */
    public static final String PASSWORD = "Examenkamer-demo-2026";

    static final String PROVIDER_CODE = "DEMO-OPL";

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "examenkamer.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        if (accounts.provider(PROVIDER_CODE).isEmpty()) {
            accounts.createProvider(PROVIDER_CODE, "Demo Opleidingen B.V.");
        }
        account("bestuur", "Bea Bestuur", Role.BOARD, null);
        account("examinator", "Erik Examinator", Role.EXAMINER, null);
        account("opleider", "Olga Opleider", Role.PROVIDER, PROVIDER_CODE);
        account("kandidaat", "Karin Kandidaat", Role.CANDIDATE, null);
        LOG.warning("Demo mode: demo accounts are present. Never run demo mode in production.");
    }

    private void account(String username, String name, Role role, String providerCode) {
        if (accounts.find(username).isEmpty()) {
            accounts.createWithPassword(
                    new NewAccount(username, name, username + "@demo.examenkamer.nl", Set.of(role), providerCode),
                    PASSWORD,
                    "demo mode");
        }
    }
}
