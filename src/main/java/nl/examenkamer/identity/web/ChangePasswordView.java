package nl.examenkamer.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.PasswordPolicy;
import nl.examenkamer.identity.security.ExamenkamerAuthentication;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.Navigation;
import nl.examenkamer.web.PageMessages;

/** A user replaces their own password (and must, after a new account or a reset). */
@Named
@RequestScoped
public class ChangePasswordView {

    @Inject
    private AccountService accounts;

    @Inject
    private SecurityContext securityContext;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private PageMessages messages;

    @Inject
    private Navigation navigation;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public boolean isRequired() {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        return request.getSession(false) != null
                && request.getSession().getAttribute(ExamenkamerAuthentication.MUST_CHANGE_PASSWORD_ATTRIBUTE) != null;
    }

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            messages.error("password.mismatch");
            return;
        }
        try {
            accounts.changeOwnPassword(securityContext.getCallerPrincipal().getName(), currentPassword, newPassword);
        } catch (RuleViolation violation) {
            messages.show(violation);
            return;
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
            return;
        }
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        request.getSession().removeAttribute(ExamenkamerAuthentication.MUST_CHANGE_PASSWORD_ATTRIBUTE);
        messages.info("password.changed");
        externalContext.redirect(externalContext.getRequestContextPath() + navigation.getHomePage());
    }

    public int getMinimumLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
