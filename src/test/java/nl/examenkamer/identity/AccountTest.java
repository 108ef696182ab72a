package nl.examenkamer.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final ProviderOrganisation provider = new ProviderOrganisation("OPL-1", "Opleider Een", NOW);

    @Test
    void aNewAccountMustChangeItsTemporaryPasswordAndHasANormalisedName() {
        Account account = Account.create("  Karin.K ", "Karin", null, Set.of(Role.CANDIDATE), null, "hash", NOW);
        assertEquals("karin.k", account.username());
        assertTrue(account.mustChangePassword());
        assertTrue(account.isActive());
        account.changePassword("other-hash");
        assertFalse(account.mustChangePassword());
    }

    @Test
    void aProviderAccountBelongsToExactlyOneOrganisation() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Account.create("p", "P", null, Set.of(Role.PROVIDER), null, "hash", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> Account.create("c", "C", null, Set.of(Role.CANDIDATE), provider, "hash", NOW));
        Account staff = Account.create("p", "P", null, Set.of(Role.PROVIDER), provider, "hash", NOW);
        assertEquals("OPL-1", staff.provider().orElseThrow().code());
    }

    @Test
    void anAccountNeedsARole() {
        assertThrows(IllegalArgumentException.class, () -> Account.create("x", "X", null, Set.of(), null, "hash", NOW));
    }

    @Test
    void takingAwayTheProviderRoleDetachesTheOrganisation() {
        Account account = Account.create("p", "P", null, Set.of(Role.PROVIDER), provider, "hash", NOW);
        account.assignRoles(EnumSet.of(Role.EXAMINER), null);
        assertTrue(account.provider().isEmpty());
        assertEquals(Set.of(Role.EXAMINER), account.roles());
    }

    @Test
    void aResetLiftsALockAndDemandsANewPassword() {
        Account account = Account.create("k", "K", null, Set.of(Role.CANDIDATE), null, "hash", NOW);
        account.changePassword("own");
        LoginPolicy policy = new LoginPolicy(1, java.time.Duration.ofMinutes(5));
        account.loginThrottle().recordFailure(NOW, policy);
        assertTrue(account.loginThrottle().isLocked(NOW));
        account.resetPassword("temporary");
        assertFalse(account.loginThrottle().isLocked(NOW));
        assertTrue(account.mustChangePassword());
    }

    @Test
    void theWidestRoleDecidesTheHomePage() {
        assertEquals(Role.BOARD, Role.primary(EnumSet.of(Role.CANDIDATE, Role.BOARD)));
        assertEquals(Role.EXAMINER, Role.primary(EnumSet.of(Role.EXAMINER, Role.CANDIDATE)));
        assertEquals(
                "/candidate/index.xhtml",
                Role.primary(EnumSet.of(Role.CANDIDATE)).homePage());
    }
}
