package nl.examenkamer.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.AccountSummary;

/** The logged-in user's own account, for the greeting on every home page. */
@Named
@RequestScoped
public class HomeView {

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityContext securityContext;

    private AccountSummary me;

    public AccountSummary getMe() {
        if (me == null) {
            me = accounts.find(securityContext.getCallerPrincipal().getName()).orElseThrow();
        }
        return me;
    }
}
