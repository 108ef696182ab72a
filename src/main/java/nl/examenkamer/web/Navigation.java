package nl.examenkamer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import nl.examenkamer.identity.Role;

/** Where each user belongs: the home page of their widest role, and logging out. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private ExternalContext externalContext;

    public Set<Role> getRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean isLoggedIn() {
        return securityContext.getCallerPrincipal() != null;
    }

    public String getUsername() {
        return isLoggedIn() ? securityContext.getCallerPrincipal().getName() : null;
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    public String getHomePage() {
        Set<Role> roles = getRoles();
        return roles.isEmpty() ? "/login.xhtml" : Role.primary(roles).homePage();
    }

    /** {@code index.xhtml}: send a logged-in user on to their home page. */
    public void goHome() throws IOException {
        externalContext.redirect(externalContext.getRequestContextPath() + getHomePage());
    }

    public void logout() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml?loggedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
