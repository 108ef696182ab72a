package nl.examenkamer.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.examenkamer.content.importing.ContentRejected;

/**
 * Imports the configured exam-content at start-up, so a new release of content goes live with the
 * application. Content with problems is not imported; the application keeps running on the content
 * it had, and the board sees the problems on the content page. Instances that start together
 * import one after the other (the importer holds a database lock).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ContentStartup {

    private static final Logger LOG = Logger.getLogger(ContentStartup.class.getName());

    @Inject
    private ContentImporter importer;

    @Inject
    private ConfiguredContent configured;

    @Inject
    private ContentStatus status;

    @PostConstruct
    void importConfiguredContent() {
        try {
            ImportReport report = importer.importFrom(configured.load());
            status.imported(configured.description(), report);
            LOG.info(() -> "exam-content from " + configured.description() + ": " + report);
        } catch (ContentRejected rejected) {
            status.rejected(configured.description(), rejected.problems());
            LOG.severe(() -> "exam-content from " + configured.description() + " was NOT imported:\n"
                    + rejected.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
        } catch (RuntimeException e) {
            status.failed(configured.description(), e.getMessage());
            LOG.log(Level.SEVERE, "exam-content could not be imported at start-up", e);
        }
    }
}
