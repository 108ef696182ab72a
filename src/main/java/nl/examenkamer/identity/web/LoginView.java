package nl.examenkamer.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.examenkamer.identity.LoginOutcome;
import nl.examenkamer.identity.security.ExamenkamerAuthentication;
import nl.examenkamer.identity.security.SavedPage;
import nl.examenkamer.web.LocaleSelection;
import nl.examenkamer.web.LoginMessages;
import nl.examenkamer.web.PageMessages;

/** The log-in page: hands the credentials to the authentication mechanism and says what happened. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private PageMessages messages;

    @Inject
    private LocaleSelection localeSelection;

    private String username;
    private String password;
    private boolean loggedOut;
    private boolean sessionEnded;

    /** Why the visitor is on the log-in page, when they did not come to log in of their own accord. */
    public void showWhy() {
        if (loggedOut) {
            messages.info("login.loggedOut");
        }
        if (sessionEnded) {
            messages.info("login.sessionEnded", externalContext.getSessionMaxInactiveInterval() / 60);
        }
    }

    public void login() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.trim(),
                                new Password(password == null ? "" : password))));
        switch (status) {
            case SEND_CONTINUE -> FacesContext.getCurrentInstance().responseComplete();
            case SUCCESS -> continueAfterLogin(request);
            default -> explainFailure(request);
        }
    }

    private void continueAfterLogin(HttpServletRequest request) throws IOException {
        request.changeSessionId(); // no session fixation: the id the visitor had before is worthless now
        localeSelection.applyPreferenceOf(username.trim());
        HttpSession session = request.getSession();
        Object saved = session.getAttribute(ExamenkamerAuthentication.SAVED_PAGE_ATTRIBUTE);
        session.removeAttribute(ExamenkamerAuthentication.SAVED_PAGE_ATTRIBUTE);
        String target = saved instanceof SavedPage page && page.isSafe() ? page.pathAndQuery() : "/index.xhtml";
        externalContext.redirect(externalContext.getRequestContextPath() + target);
    }

    private void explainFailure(HttpServletRequest request) {
        Object outcome = request.getAttribute(ExamenkamerAuthentication.OUTCOME_ATTRIBUTE);
        if (outcome instanceof LoginOutcome failed && failed.status() == LoginOutcome.Status.LOCKED) {
            messages.error("login.locked", LoginMessages.time(failed.lockedUntil(), localeSelection.getLocale()));
        } else if (outcome instanceof LoginOutcome failed && failed.status() == LoginOutcome.Status.INACTIVE) {
            messages.error("login.inactive");
        } else {
            messages.error("login.invalid");
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(false);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSessionEnded() {
        return sessionEnded;
    }

    public void setSessionEnded(boolean sessionEnded) {
        this.sessionEnded = sessionEnded;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
