package nl.examenkamer.testing.bare;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.examenkamer.shared.rest.PingResource;

/** The application's no-op endpoint and nothing else: no security, persistence, Faces or sessions. */
@ApplicationPath("/api/v1")
public class BareApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PingResource.class);
    }
}
