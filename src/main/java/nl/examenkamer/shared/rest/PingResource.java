package nl.examenkamer.shared.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A no-op with the shape of an answer save (JSON in, JSON out, no database): the yardstick the
 * exam benchmark measures the save path against on the same server in the same run.
 */
@Path("public/ping")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
public class PingResource {

    public record Ping(Long seq, List<String> answer, Boolean flagged) {}

    public record Pong(boolean applied, long seq) {}

    @PUT
    @Operation(summary = "Does nothing: a yardstick for load tests")
    public Pong ping(Ping ping) {
        return new Pong(false, ping == null || ping.seq() == null ? 0 : ping.seq());
    }
}
