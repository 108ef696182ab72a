package nl.examenkamer.testing.bare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.examenkamer.shared.rest.PingResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A WAR with only the application's no-op class ({@link PingResource}) in it, and the same no-op
 * as a plain servlet ({@link ServletNoOp}), for the exam benchmark: on the same machine in the same
 * run it shows what Payara Micro itself serves per second with nothing of this application around
 * the endpoint, with JAX-RS and without, the ceiling every figure of the run is under.
 */
public final class BareNoOp {

    private BareNoOp() {}

    /** Writes the WAR into the folder and returns its path. */
    public static Path war(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path war = folder.resolve("bare-noop.war");
        ShrinkWrap.create(WebArchive.class, "bare-noop.war")
                .addClasses(
                        BareApplication.class,
                        PingResource.class,
                        PingResource.Ping.class,
                        PingResource.Pong.class,
                        ServletNoOp.class)
                .as(ZipExporter.class)
                .exportTo(war.toFile(), true);
        return war;
    }
}
