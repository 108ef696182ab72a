package nl.examenkamer.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import nl.examenkamer.content.importing.ContentSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the application's exam-content comes from: a checked-out folder when
 * {@code EXAMENKAMER_CONTENT_DIR} is set (for the board to import a new content release without a
 * new WAR), otherwise the copy packed into the WAR at build time.
 */
@ApplicationScoped
public class ConfiguredContent {

    static final String PACKAGED = "/exam-content.zip";

    @Inject
    @ConfigProperty(name = "examenkamer.content.dir")
    private Optional<String> directory;

    public ContentSource load() {
        if (directory.isPresent()) {
            return ContentSource.directory(Path.of(directory.get()));
        }
        try (InputStream packaged = ConfiguredContent.class.getResourceAsStream(PACKAGED)) {
            if (packaged == null) {
                throw new IllegalStateException("The WAR holds no " + PACKAGED + "; build it with mvn package");
            }
            return ContentSource.zip(ContentOrigin.packaged(), packaged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String description() {
        return directory.map(ContentOrigin::folder).orElse(ContentOrigin.packaged());
    }
}
