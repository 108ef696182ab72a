package nl.examenkamer.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data at start-up in demo mode ({@code examenkamer.demo=true}), once the schema and
 * the exam content are there, and waits for it, so the demo is complete when the server is up.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "ContentStartup"})
public class DemoStartup {

    @Inject
    private DemoData demoData;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "examenkamer.demo", defaultValue = "false")
    private boolean demo;

    @PostConstruct
    void start() {
        if (!demo) {
            return;
        }
        // On a managed thread, not in this call-back: there each step commits on its own, as in a
        // request, and the exam hall can begin its own transactions (see DemoExamHall). In an
        // enterprise bean's call-back, even a bean-managed one, a start still hung on PostgreSQL.
        try {
            executor.submit(demoData::load).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo data", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the demo data could not be loaded", e.getCause());
        }
    }
}
