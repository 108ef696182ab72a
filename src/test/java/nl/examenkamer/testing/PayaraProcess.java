package nl.examenkamer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro running the real WAR as a separate process that the test controls: started,
 * stopped the way an operator stops it (SIGTERM), or killed (SIGKILL). For tests of what survives
 * a restart or a crash, which Arquillian's container cannot do. Waits for {@code /health} to be UP,
 * not for Payara's "ready" line, which it prints even when the deployment failed.
 */
public final class PayaraProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /** System property: one extra JVM option for the server, such as a flight recording to profile it. */
    public static final String SERVER_JVM_OPTION = "examenkamer.server.jvmOption";

    private final Process process;
    private final URI base;
    private final Path log;

    private PayaraProcess(Process process, URI base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /**
     * The test run's own database settings (Failsafe's, for the shared Arquillian server) never
     * reach a server started here: it gets its database from {@code environment} or, with none
     * there, from the WAR's packaged defaults, as on an operator's machine.
     */
    private static final List<String> DATABASE_VARIABLES = List.of("DB_URL", "DB_USER", "DB_PASSWORD", "DB_CLASS");

    /** Starts the WAR with these environment variables on top of the test's own environment. */
    public static PayaraProcess start(String name, Map<String, String> environment) {
        return start(name, environment, List.of());
    }

    /**
     * Starts the WAR the way the README's run command does: in this working directory, with no
     * database variables, so the packaged defaults put the embedded database under {@code ./data}.
     */
    public static PayaraProcess startIn(Path workingDirectory, String name, Map<String, String> environment) {
        return start(war(), name, environment, List.of(), "768m", workingDirectory);
    }

    /** Starts the WAR with extra Payara Micro options (such as {@code --maxhttpthreads 32}). */
    public static PayaraProcess start(String name, Map<String, String> environment, List<String> microOptions) {
        return start(name, environment, microOptions, "768m");
    }

    /** Starts the WAR with extra Payara Micro options and a heap of this size (such as {@code 2g}). */
    public static PayaraProcess start(
            String name, Map<String, String> environment, List<String> microOptions, String maxHeap) {
        return start(war(), name, environment, microOptions, maxHeap);
    }

    /** Starts another WAR (such as the benchmark's bare no-op) the same way. */
    public static PayaraProcess start(
            Path war, String name, Map<String, String> environment, List<String> microOptions, String maxHeap) {
        return start(war, name, environment, microOptions, maxHeap, null);
    }

    private static PayaraProcess start(
            Path war,
            String name,
            Map<String, String> environment,
            List<String> microOptions,
            String maxHeap,
            Path workingDirectory) {
        try {
            int httpPort = freePort();
            int gridPort = freePort();
            Path scratch = Path.of(System.getProperty("examenkamer.it.tmp", "target/it-tmp"));
            Files.createDirectories(scratch);
            Path log = scratch.resolve(name + "-" + httpPort + ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + maxHeap,
                    "-Dhazelcast.socket.bind.any=false",
                    "-Dhazelcast.phone.home.enabled=false",
                    "-Djava.io.tmpdir=" + scratch.toAbsolutePath(),
                    "-jar",
                    microJar().toString(),
                    "--deploy",
                    war.toAbsolutePath().toString(),
                    "--contextroot",
                    "/",
                    "--port",
                    String.valueOf(httpPort),
                    "--clustermode",
                    "tcpip:127.0.0.1:" + gridPort,
                    "--startport",
                    String.valueOf(gridPort),
                    "--interfaces",
                    "127.0.0.1",
                    "--instancegroup",
                    "examenkamer-" + name,
                    "--disablephonehome",
                    "--nohostaware"));
            // e.g. -Dexamenkamer.server.jvmOption=-XX:StartFlightRecording=settings=profile,filename=/tmp/x.jfr
            // several options are separated by spaces
            String jvmOptions = System.getProperty(SERVER_JVM_OPTION, "");
            if (!jvmOptions.isBlank()) {
                command.addAll(1, List.of(jvmOptions.strip().split("\\s+")));
            }
            command.addAll(microOptions);
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            DATABASE_VARIABLES.forEach(builder.environment()::remove);
            builder.environment().putAll(environment);
            Process process = builder.start();
            PayaraProcess payara = new PayaraProcess(process, URI.create("http://127.0.0.1:" + httpPort + "/"), log);
            payara.awaitHealthy();
            return payara;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path war() {
        return Path.of(System.getProperty("examenkamer.war", "target/examenkamer.war"));
    }

    public URI base() {
        return base;
    }

    /** The server's operating-system process id (for reading its memory from /proc). */
    public long pid() {
        return process.pid();
    }

    /** Stops the server as an operator would (SIGTERM) and waits until it is gone. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** Kills the server at once (SIGKILL): no shutdown hooks, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Payara Micro exited while starting; log: " + log.toAbsolutePath());
            }
            try {
                if (Api.anonymous(base).get("/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // keep waiting
            }
            sleep(500);
        }
        close();
        throw new AssertionError(
                "Payara Micro did not become healthy within " + START_TIMEOUT + "; log: " + log.toAbsolutePath());
    }

    private static Path microJar() {
        URL resource = PayaraProcess.class.getClassLoader().getResource("fish/payara/micro/PayaraMicro.class");
        if (resource == null || !"jar".equals(resource.getProtocol())) {
            throw new IllegalStateException("payara-micro is not on the test class path");
        }
        String file = resource.getFile();
        try {
            return Path.of(new URI(file.substring(0, file.indexOf("!/"))));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
