package nl.examenkamer.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real application: the WAR that {@code mvn package} built, deployed as it is. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive examenkamer() {
        File war = new File(System.getProperty("examenkamer.war", "target/examenkamer.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the integration tests through mvn verify");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * Payara reports "ready" even when the deployment failed (STACK.md trap 6): fail at once with
     * a clear message instead of letting every test fail with a 404.
     */
    public static void requireHealthy(java.net.URI base) {
        Api.Response health = Api.anonymous(base).get("/health");
        if (health.status() != 200) {
            throw new AssertionError("The application is not healthy (" + health + "): it probably failed to deploy;"
                    + " see the Payara Micro log above.");
        }
    }
}
