package nl.examenkamer.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk (Debian package {@code wrk}), the load generator of the benchmarks' closed loops. It is
 * written in C on epoll and needs a few percent of one core for what Java's HttpClient needs most of
 * a core for, which matters when the generator and the server share two cores. The Lua scripts in
 * {@code src/test/resources/benchmark} print one line {@code RESULT requests seconds p50 p95 p99
 * errors} (milliseconds) that this class reads.
 */
public final class Wrk {

    private static final Path BINARY = Path.of("/usr/bin/wrk");
    /** wrk threads, one per core; scripts that split work between threads get this number. */
    public static final String THREADS = "2";

    /** What one run measured. */
    public record Run(long requests, double seconds, double p50, double p95, double p99, long errors) {

        public double perSecond() {
            return requests / seconds;
        }

        public String describe(String what) {
            return String.format(
                    "%d %s, %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d",
                    requests, what, perSecond(), p50, p95, p99, errors);
        }
    }

    private Wrk() {}

    /** Fails at once, with what to do, on a machine without wrk. */
    public static void requireInstalled() {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(
                    "the benchmark drives its closed loops with wrk, which is not installed: apt-get install -y wrk");
        }
    }

    /** One run of a script at a number of connections. */
    public static Run run(URI url, int connections, Duration duration, String script, String... arguments)
            throws IOException, InterruptedException {
        requireInstalled();
        Path scriptFile = Path.of("src/test/resources/benchmark", script).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                BINARY.toString(),
                "-t" + THREADS,
                "-c" + connections,
                "-d" + duration.toSeconds() + "s",
                "--timeout",
                "30s",
                "-s",
                scriptFile.toString(),
                url.toString()));
        if (arguments.length > 0) {
            command.add("--");
            command.addAll(List.of(arguments));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        for (String line : output.split("\n")) {
            if (line.startsWith("first failed")) {
                System.out.println(line);
            }
            if (line.startsWith("RESULT ")) {
                String[] f = line.trim().split(" ");
                return new Run(
                        Long.parseLong(f[1]),
                        Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]),
                        Long.parseLong(f[6]));
            }
        }
        throw new IllegalStateException("wrk printed no result: " + output);
    }
}
