package nl.examenkamer.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.ProviderSummary;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;

/** The board's list of training provider organisations, and registering a new one. */
@Named
@ViewScoped
public class ProvidersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private PageMessages messages;

    private String code;
    private String name;
    private List<ProviderSummary> providers;

    public List<ProviderSummary> getProviders() {
        if (providers == null) {
            providers = accounts.providers();
        }
        return providers;
    }

    public void create() {
        try {
            ProviderSummary created = accounts.createProvider(code, name);
            messages.info("provider.created", created.name());
            code = null;
            name = null;
            providers = null;
        } catch (RuleViolation violation) {
            messages.show(violation);
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
