package nl.examenkamer.identity.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import nl.examenkamer.identity.ApiKeyService;
import nl.examenkamer.identity.Authenticator;
import nl.examenkamer.identity.LoginOutcome;
import nl.examenkamer.identity.Role;

/**
 * The one way into Examenkamer, for people and for API clients.
 *
 * <ul>
 *   <li>People log in on {@code /login.xhtml}; the page hands the credentials over through
 *       {@code SecurityContext.authenticate}. A successful log-in is remembered in the HTTP session
 *       (which the data grid shares between instances).
 *   <li>API clients send HTTP Basic credentials, or a training provider's API key as a Bearer
 *       token, with each request and get no session. Pages of the
 *       application that call the API (the exam page) use the session of the person logged in.
 *   <li>A page that needs a log-in sends an anonymous visitor to the log-in page and back again
 *       afterwards; an API call without credentials gets 401 with a problem document.
 * </ul>
 *
 * Every attempt goes through {@link Authenticator}, which counts failures and locks accounts.
 */
@ApplicationScoped
public class ExamenkamerAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** On the log-in page's address when a page was open and its session had ended. */
    public static final String SESSION_ENDED_PARAMETER = "sessionEnded";
    /** Request attribute: the {@link LoginOutcome} of a failed attempt, for the message shown. */
    public static final String OUTCOME_ATTRIBUTE = "nl.examenkamer.login.outcome";
    /** Request attribute: a presented API key was unknown or revoked. */
    public static final String API_KEY_REJECTED_ATTRIBUTE = "nl.examenkamer.login.apiKeyRejected";
    /** Session attribute: where to go after logging in. */
    public static final String SAVED_PAGE_ATTRIBUTE = "nl.examenkamer.login.savedPage";
    /** Session attribute: this user must replace a temporary password before anything else. */
    public static final String MUST_CHANGE_PASSWORD_ATTRIBUTE = "nl.examenkamer.login.mustChangePassword";

    @Inject
    private Authenticator authenticator;

    @Inject
    private ApiKeyService apiKeys;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return formLogin(request, context, form);
        }
        Principal sessionUser = request.getUserPrincipal();
        if (sessionUser != null) {
            return resumeSession(context, sessionUser);
        }
        if (isApi(request)) {
            return apiRequest(request, context);
        }
        if (context.isProtected()) {
            return sendToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
        LoginOutcome outcome = authenticator.authenticate(form.getCaller(), form.getPasswordAsString());
        if (!outcome.succeeded()) {
            request.setAttribute(OUTCOME_ATTRIBUTE, outcome);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Set<String> groups = groupsOf(outcome.roles());
        context.setRegisterSession(outcome.username(), groups);
        HttpSession session = request.getSession();
        if (outcome.mustChangePassword()) {
            session.setAttribute(MUST_CHANGE_PASSWORD_ATTRIBUTE, Boolean.TRUE);
        } else {
            session.removeAttribute(MUST_CHANGE_PASSWORD_ATTRIBUTE);
        }
        return context.notifyContainerAboutLogin(outcome.username(), groups);
    }

    private AuthenticationStatus resumeSession(HttpMessageContext context, Principal sessionUser)
            throws AuthenticationException {
        try {
            context.getHandler()
                    .handle(new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), sessionUser)});
            return AuthenticationStatus.SUCCESS;
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
    }

    private AuthenticationStatus apiRequest(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<String> provider =
                    apiKeys.authenticate(authorization.substring(7).strip());
            if (provider.isPresent()) {
                return context.notifyContainerAboutLogin(provider.get(), Set.of(Role.PROVIDER.name()));
            }
            request.setAttribute(API_KEY_REJECTED_ATTRIBUTE, Boolean.TRUE);
            return context.responseUnauthorized();
        }
        Optional<BasicCredentials> basic = BasicCredentials.parse(authorization);
        if (basic.isPresent()) {
            LoginOutcome outcome = authenticator.authenticate(
                    basic.get().username(), basic.get().password());
            if (outcome.succeeded()) {
                return context.notifyContainerAboutLogin(outcome.username(), groupsOf(outcome.roles()));
            }
            request.setAttribute(OUTCOME_ATTRIBUTE, outcome);
            return context.responseUnauthorized();
        }
        if (context.isProtected()) {
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    private static AuthenticationStatus sendToLogin(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String loginPage = request.getContextPath() + LOGIN_PAGE;
        if ("GET".equals(request.getMethod())) {
            request.getSession().setAttribute(SAVED_PAGE_ATTRIBUTE, SavedPage.of(request));
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An expired session during an Ajax update: a plain redirect would be swallowed by the
            // XMLHttpRequest, so tell the Faces script to navigate instead, to a log-in page that
            // says why and leads back to the page that was open.
            SavedPage.sentFrom(request.getHeader("Referer"), request.getContextPath())
                    .filter(SavedPage::isSafe)
                    .ifPresent(page -> request.getSession().setAttribute(SAVED_PAGE_ATTRIBUTE, page));
            loginPage = loginPage + "?" + SESSION_ENDED_PARAMETER + "=true";
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                + loginPage + "\"/></partial-response>");
                response.flushBuffer();
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                return context.redirect(loginPage);
            }
        }
        return context.redirect(loginPage);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static Set<String> groupsOf(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }
}
