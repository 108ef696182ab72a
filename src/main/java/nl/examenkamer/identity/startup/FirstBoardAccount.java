package nl.examenkamer.identity.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.NewAccount;
import nl.examenkamer.identity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A fresh installation has no accounts, and only the board creates accounts. When
 * {@code EXAMENKAMER_BOOTSTRAP_BOARD_USERNAME} and {@code EXAMENKAMER_BOOTSTRAP_BOARD_PASSWORD} are
 * set and no board account exists yet, this creates that first board account. Once a board account
 * exists the settings are ignored, so leaving them in place cannot recreate or reset anything.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstBoardAccount {

    private static final Logger LOG = Logger.getLogger(FirstBoardAccount.class.getName());

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "examenkamer.bootstrap.board.username")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "examenkamer.bootstrap.board.password")
    private Optional<String> password;

    @PostConstruct
    void createWhenMissing() {
        if (username.isEmpty() || password.isEmpty() || accounts.anyWithRole(Role.BOARD)) {
            return;
        }
        accounts.createWithPassword(
                new NewAccount(username.get(), "Examencommissie", null, Set.of(Role.BOARD), null),
                password.get(),
                "first board account of this installation");
        LOG.info(() -> "Created the first board account '" + username.get() + "'");
    }
}
