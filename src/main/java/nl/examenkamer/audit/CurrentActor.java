package nl.examenkamer.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is acting now, as the audit log names them: the logged-in user, or {@code system}. */
@ApplicationScoped
public class CurrentActor {

    public static final String SYSTEM = "system";

    @Inject
    private SecurityContext securityContext;

    public String name() {
        try {
            Principal principal = securityContext.getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException outsideARequest) {
            return SYSTEM;
        }
    }
}
