package nl.examenkamer.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is calling, in the terms features need: the user name, whether it is the board, and which
 * training provider the caller acts for (a provider's staff account, or the provider's API key).
 */
@RequestScoped
public class Caller {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountRepository accounts;

    private Optional<String> providerCode;

    public String name() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean isBoard() {
        return securityContext.isCallerInRole(Role.BOARD_NAME);
    }

    public boolean isApiKey() {
        return ApiKeyService.providerOfPrincipal(name()).isPresent();
    }

    /** The code of the provider the caller acts for, if the caller is provider staff or a provider's key. */
    public Optional<String> providerCode() {
        if (providerCode == null) {
            String name = name();
            Optional<String> fromKey = ApiKeyService.providerOfPrincipal(name);
            if (fromKey.isPresent()) {
                providerCode = fromKey;
            } else if (name != null && securityContext.isCallerInRole(Role.PROVIDER_NAME)) {
                providerCode =
                        accounts.findByUsername(name).flatMap(Account::provider).map(ProviderOrganisation::code);
            } else {
                providerCode = Optional.empty();
            }
        }
        return providerCode;
    }

    public String requireProviderCode() {
        return providerCode()
                .map(code -> code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> nl.examenkamer.shared.RuleViolation.forbidden("provider.callerHasNone"));
    }
}
