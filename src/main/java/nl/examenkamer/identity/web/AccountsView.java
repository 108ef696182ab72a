package nl.examenkamer.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.AccountSummary;
import nl.examenkamer.identity.IssuedPassword;
import nl.examenkamer.identity.NewAccount;
import nl.examenkamer.identity.ProviderSummary;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The board's account administration: find accounts, create one (the temporary password is shown
 * once), reset a password, change roles, deactivate or reactivate. Changes need a reason, which
 * goes to the audit log.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private PageMessages messages;

    private String search;
    private Role roleFilter;
    private final LazyDataModel<AccountSummary> model = new AccountModel();

    // New account form.
    private String newUsername;
    private String newDisplayName;
    private String newEmail;
    private List<String> newRoles = new ArrayList<>();
    private String newProviderCode;

    // Managing one account.
    private AccountSummary selected;
    private List<String> selectedRoles = new ArrayList<>();
    private String selectedProviderCode;
    private String reason;

    private IssuedPassword issuedPassword;

    public void create() {
        try {
            issuedPassword = accounts.create(
                    new NewAccount(newUsername, newDisplayName, newEmail, roles(nonEmpty(newRoles)), newProviderCode));
        } catch (RuleViolation violation) {
            messages.show(violation);
            return;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return;
        } catch (IllegalArgumentException noRoles) {
            messages.error("account.roles.required");
            return;
        }
        messages.info("account.created", issuedPassword.username());
        clearNewAccountForm();
        PrimeFaces.current().executeScript("PF('newAccountDialog').hide(); PF('issuedPasswordDialog').show();");
    }

    public void select(String username) {
        selected = accounts.find(username).orElse(null);
        if (selected != null) {
            selectedRoles =
                    new ArrayList<>(selected.roles().stream().map(Role::name).toList());
            selectedProviderCode = selected.providerCode();
            reason = null;
        }
    }

    public void saveRoles() {
        if (attempt(
                () -> accounts.changeRoles(selected.username(), roles(selectedRoles), selectedProviderCode, reason))) {
            messages.info("account.rolesChanged", selected.username());
            closeManageDialog();
        }
    }

    public void resetPassword() {
        if (attempt(() -> issuedPassword = accounts.resetPassword(selected.username(), reason))) {
            closeManageDialog();
            PrimeFaces.current().executeScript("PF('issuedPasswordDialog').show();");
        }
    }

    public void toggleActive() {
        boolean wasActive = selected.active();
        Runnable change = wasActive
                ? () -> accounts.deactivate(selected.username(), reason)
                : () -> accounts.activate(selected.username(), reason);
        if (attempt(change)) {
            messages.info(wasActive ? "account.deactivated" : "account.activated", selected.username());
            closeManageDialog();
        }
    }

    public void forgetIssuedPassword() {
        issuedPassword = null;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<ProviderSummary> getProviders() {
        return accounts.providers();
    }

    private boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuleViolation violation) {
            messages.show(violation);
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        } catch (IllegalArgumentException broken) {
            messages.error("account.provider.required");
        }
        return false;
    }

    private void closeManageDialog() {
        selected = null;
        reason = null;
        PrimeFaces.current().executeScript("PF('manageAccountDialog').hide();");
    }

    private void clearNewAccountForm() {
        newUsername = null;
        newDisplayName = null;
        newEmail = null;
        newRoles = new ArrayList<>();
        newProviderCode = null;
    }

    private static List<String> nonEmpty(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("no roles");
        }
        return roles;
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(name -> roles.add(Role.valueOf(name)));
        }
        return roles;
    }

    private final class AccountModel extends LazyDataModel<AccountSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(search, roleFilter);
        }

        @Override
        public List<AccountSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accounts.list(search, roleFilter, first, pageSize);
        }

        @Override
        public String getRowKey(AccountSummary account) {
            return account.username();
        }

        @Override
        public AccountSummary getRowData(String rowKey) {
            return accounts.find(rowKey).orElse(null);
        }
    }

    public LazyDataModel<AccountSummary> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public String getNewProviderCode() {
        return newProviderCode;
    }

    public void setNewProviderCode(String newProviderCode) {
        this.newProviderCode = newProviderCode;
    }

    public AccountSummary getSelected() {
        return selected;
    }

    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public String getSelectedProviderCode() {
        return selectedProviderCode;
    }

    public void setSelectedProviderCode(String selectedProviderCode) {
        this.selectedProviderCode = selectedProviderCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public IssuedPassword getIssuedPassword() {
        return issuedPassword;
    }
}
