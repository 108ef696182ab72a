package nl.examenkamer.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.AccountSummary;
import nl.examenkamer.identity.ApiKeyService;
import nl.examenkamer.identity.ProviderSummary;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;

/**
 * One training provider for the board: its staff and its API keys. A new key is shown once, right
 * after it is issued; only its hash is stored. A key is revoked with a reason.
 */
@Named
@ViewScoped
public class ProviderDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private ApiKeyService apiKeys;

    @Inject
    private PageMessages messages;

    private String code;
    private ProviderSummary provider;
    private String label;
    private ApiKeyService.IssuedKey issued;
    private String selectedPrefix;
    private String reason;
    private String problem;

    /** Called from the page's view action with the code in the address. */
    public void load() {
        if (code == null || code.isBlank()) {
            problem = messages.text("provider.notChosen");
            return;
        }
        provider = accounts.provider(code).orElse(null);
        if (provider == null) {
            problem = messages.text("provider.notFound", code);
        }
    }

    public void issue() {
        try {
            issued = apiKeys.issue(provider.code(), label);
            label = null;
        } catch (RuleViolation violation) {
            messages.show(violation);
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    /** Forgets the key just shown: it cannot be shown again. */
    public void dismissIssued() {
        issued = null;
    }

    public void select(ApiKeyService.KeyView key) {
        selectedPrefix = key.prefix();
        reason = null;
    }

    public void revoke() {
        try {
            apiKeys.revoke(provider.code(), selectedPrefix, reason);
            messages.info("apiKey.revoked", selectedPrefix);
        } catch (RuleViolation violation) {
            messages.show(violation);
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    public List<ApiKeyService.KeyView> getKeys() {
        return provider == null ? List.of() : apiKeys.keysOf(provider.code());
    }

    public List<AccountSummary> getStaff() {
        return provider == null ? List.of() : accounts.staffOf(provider.code());
    }

    public ProviderSummary getProvider() {
        return provider;
    }

    public ApiKeyService.IssuedKey getIssued() {
        return issued;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getSelectedPrefix() {
        return selectedPrefix;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Why the page has nothing to show (nothing chosen, or not found), or null when it has. */
    public String getProblem() {
        return problem;
    }
}
