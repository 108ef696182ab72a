package nl.examenkamer.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.AccountSummary;
import nl.examenkamer.identity.ProviderSummary;

/** A provider's home page: its own organisation and its own staff, nothing of any other provider. */
@Named
@RequestScoped
public class ProviderHomeView {

    @Inject
    private AccountService accounts;

    @Inject
    private HomeView home;

    public ProviderSummary getOrganisation() {
        return accounts.provider(home.getMe().providerCode()).orElseThrow();
    }

    public List<AccountSummary> getStaff() {
        return accounts.staffOf(home.getMe().providerCode());
    }
}
