package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import nl.examenkamer.testing.FormSession;
import nl.examenkamer.testing.PayaraProcess;
import nl.examenkamer.testing.PlainHttp;
import nl.examenkamer.testing.WrittenExam;
import nl.examenkamer.testing.Wrk;
import nl.examenkamer.testing.bare.BareNoOp;
import nl.examenkamer.testing.bare.ServletNoOp;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's load figures, measured and printed, never asserted on time. Run with
 * {@code mvn -Pbenchmark verify} (README); needs wrk ({@code apt-get install -y wrk}). One server
 * (Payara Micro, embedded H2 file, {@code --maxhttpthreads 32}, 2 GB heap) and the load generators
 * on the same two cores, plus a bare Payara Micro for the ceiling (step 4).
 *
 * <ol>
 *   <li>1,000 candidates (accounts inserted by JDBC with a cheap password hash) log in on the log-in
 *       page and keep their session cookie, as they do before the proctor hands out the code.
 *   <li>Warm-up, not counted: every path below runs once first (a start storm in a second session,
 *       a minute of saves, a minute of no-ops), because a server that has just started runs
 *       interpreted code until the JIT has compiled it, and exam day starts on a server that is up.
 *   <li>Start storm: all 1,000 start their attempt at once (64 at a time, each on a kept-alive
 *       connection with their session cookie); each start draws and stores a 40-item form and
 *       answers with it.
 *   <li>Closed loop at 200 connections with wrk: answer saves for 20 s, then the no-op endpoint of
 *       the same server for 20 s. Saves per second, p50/p95/p99, errors, and the ratio. Then the same
 *       no-op class deployed alone on a second, bare Payara Micro (started and warmed up with the
 *       first, idle otherwise): what this machine serves at most, whatever the application does.
 *   <li>1,000 concurrent candidates answer at a human pace with bursts (changing their mind,
 *       flagging), then hand in. Errors, and lost answers: every candidate's last acknowledged answer
 *       per item is compared with the database.
 *   <li>Arrivals: 1,000 candidates start in a third session, each at a random moment of one minute,
 *       as they do when the proctor gives the code to a full hall. Each start's time is counted from
 *       the moment its candidate arrived, so a server (or client) that falls behind shows in it.
 * </ol>
 * The server's peak resident memory (VmHWM) is read from /proc after each phase.
 *
 * <p>With {@code -Dexamenkamer.benchmark.stormsOnly=true} it runs the warm-up storm and then two
 * measured storms only, a few minutes instead of nine, for comparing changes to the start on one
 * machine state; the bare servlet no-op's CPU is printed to say which state that was.
 */
class ExamLoadBenchmark {

    private static final int CANDIDATES = 1_000;
    private static final int CONNECTIONS = 200;
    private static final Duration WARM_UP = Duration.ofSeconds(60);
    private static final Duration MEASURE = Duration.ofSeconds(20);
    private static final Duration PACED = Duration.ofSeconds(60);
    private static final Duration ARRIVALS = Duration.ofSeconds(60);
    /** The no-op endpoint, on the application and on the bare server alike. */
    private static final String NO_OP = "api/v1/public/ping";

    private static final String PASSWORD = "benchmark-wachtwoord-1";
    /** 1,000 logged-in HTTP sessions (each with its log-in page's view state) need more than the tests' 768 MB. */
    private static final String HEAP = "2g";
    /** The servers' HTTP thread pool, for trying other sizes (the README's figures use the default). */
    private static final String HTTP_THREADS_PROPERTY = "examenkamer.benchmark.httpThreads";
    /** Settings appended to the H2 URL, for trying others (such as {@code ;CACHE_SIZE=8192}). */
    private static final String H2_OPTIONS_PROPERTY = "examenkamer.benchmark.h2Options";
    /** Start storms only (see the class comment). */
    private static final String STORMS_ONLY_PROPERTY = "examenkamer.benchmark.stormsOnly";

    private static final long FIRST_ID = 5_000_000;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8))
            .build();

    private record Attempt(long id, String token, List<JsonObject> items) {}

    @Test
    void examDayUnderLoad() throws Exception {
        Wrk.requireInstalled();
        Path file = Path.of(
                System.getProperty("examenkamer.it.tmp", "target/it-tmp"),
                "exam-benchmark-" + UUID.randomUUID(),
                "examenkamer");
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;AUTO_SERVER=TRUE"
                + System.getProperty(H2_OPTIONS_PROPERTY, "");
        Map<String, String> environment = Map.of("DB_URL", url, "DB_USER", "sa", "DB_PASSWORD", "sa");

        List<String> micro = List.of("--maxhttpthreads", System.getProperty(HTTP_THREADS_PROPERTY, "32"));
        try (PayaraProcess payara = PayaraProcess.start("exam-benchmark", environment, micro, HEAP);
                PayaraProcess bare =
                        PayaraProcess.start(BareNoOp.war(file.getParent()), "bare-noop", Map.of(), micro, HEAP)) {
            URI base = payara.base();
            URI noOpUri = base.resolve(NO_OP);
            URI bareNoOpUri = bare.base().resolve(NO_OP);
            URI bareServletNoOpUri = bare.base().resolve(ServletNoOp.PATH.substring(1));
            WrittenExam warmUp = WrittenExam.planNow(base);
            WrittenExam exam = WrittenExam.planNow(base);
            WrittenExam hall = WrittenExam.planNow(base);
            List<String> usernames = candidates(url, warmUp.code(), exam.code(), hall.code());
            System.out.printf(
                    "%n=== Exam load benchmark: %d candidates, %d connections, H2 file, 2 cores ===%n",
                    CANDIDATES, CONNECTIONS);
            System.out.printf("server memory after start-up: VmHWM %s%n", peakMemory(payara));

            // A server that has just started runs its code interpreted until the JIT has compiled it;
            // exam day starts on a server that has been up. Every path is run first, unmeasured.
            Map<String, String> cookies = logIn(base, usernames);
            List<Attempt> practice = attempts(startStorm(base, warmUp, cookies, "warm-up (not counted)"));
            if (Boolean.getBoolean(STORMS_ONLY_PROPERTY)) {
                stormsOnly(payara, bare, List.of(exam, hall), cookies, bareServletNoOpUri);
                return;
            }
            Path practiceFile = attemptsFile(file.getParent(), "warm-up", practice);
            Wrk.run(base, CONNECTIONS, WARM_UP, "saves.lua", practiceFile.toString(), Wrk.THREADS, "100000000");
            Wrk.run(noOpUri, CONNECTIONS, WARM_UP, "ping.lua");
            Wrk.run(bareNoOpUri, CONNECTIONS, WARM_UP, "ping.lua");
            Wrk.run(bareServletNoOpUri, CONNECTIONS, WARM_UP, "ping.lua");

            phase("start storm");
            Duration serverBefore = cpu(payara.pid());
            Duration clientBefore = cpu(ProcessHandle.current().pid());
            List<String> started = startStorm(base, exam, cookies, "start storm");
            System.out.printf(
                    "CPU per start with its form: server %s, this benchmark's HTTP client %s%n",
                    perOperation(cpu(payara.pid()).minus(serverBefore), started.size()),
                    perOperation(cpu(ProcessHandle.current().pid()).minus(clientBefore), started.size()));
            List<Attempt> attempts = attempts(started);
            System.out.printf("server memory after the start storm: VmHWM %s%n", peakMemory(payara));

            Path attemptsFile = attemptsFile(file.getParent(), "measured", attempts.subList(0, CONNECTIONS));
            phase("saves");
            Duration beforeSaves = cpu(payara.pid());
            Duration writerBefore = threadCpu(payara.pid(), "answer-saves");
            Wrk.Run saves = Wrk.run(base, CONNECTIONS, MEASURE, "saves.lua", attemptsFile.toString(), Wrk.THREADS, "0");
            Duration savesCpu = cpu(payara.pid()).minus(beforeSaves);
            Duration writerCpu = threadCpu(payara.pid(), "answer-saves").minus(writerBefore);
            phase("no-op");
            Duration beforeNoop = cpu(payara.pid());
            Wrk.Run noop = Wrk.run(noOpUri, CONNECTIONS, MEASURE, "ping.lua");
            Duration noopCpu = cpu(payara.pid()).minus(beforeNoop);
            phase("bare no-op");
            Duration beforeBare = cpu(bare.pid());
            Wrk.Run bareRun = Wrk.run(bareNoOpUri, CONNECTIONS, MEASURE, "ping.lua");
            Duration bareCpu = cpu(bare.pid()).minus(beforeBare);
            phase("bare servlet no-op");
            Duration beforeBareServlet = cpu(bare.pid());
            Wrk.Run bareServletRun = Wrk.run(bareServletNoOpUri, CONNECTIONS, MEASURE, "ping.lua");
            Duration bareServletCpu = cpu(bare.pid()).minus(beforeBareServlet);
            System.out.printf("saves at %d connections: %s%n", CONNECTIONS, saves.describe("saves"));
            System.out.printf("no-op at %d connections: %s%n", CONNECTIONS, noop.describe("requests"));
            System.out.printf("save path / no-op: %.2f%n", saves.perSecond() / noop.perSecond());
            System.out.printf(
                    "bare Payara Micro with only the no-op class, at %d connections: %s%n",
                    CONNECTIONS, bareRun.describe("requests"));
            System.out.printf(
                    "save path / bare no-op: %.2f; this application's no-op / bare no-op: %.2f%n",
                    saves.perSecond() / bareRun.perSecond(), noop.perSecond() / bareRun.perSecond());
            // The answer save is a servlet filter, the no-ops above are JAX-RS: this is the same no-op
            // without Jersey, on the bare server, so the save can be held against a request of its own kind.
            System.out.printf(
                    "bare Payara Micro, the same no-op as a plain servlet, at %d connections: %s%n",
                    CONNECTIONS, bareServletRun.describe("requests"));
            System.out.printf("save path / bare servlet no-op: %.2f%n", saves.perSecond() / bareServletRun.perSecond());
            System.out.printf(
                    "server CPU per save %s, per no-op %s, per bare no-op %s, per bare servlet no-op %s%n",
                    perOperation(savesCpu, saves.requests()),
                    perOperation(noopCpu, noop.requests()),
                    perOperation(bareCpu, bareRun.requests()),
                    perOperation(bareServletCpu, bareServletRun.requests()));
            System.out.printf(
                    "of which the save writer thread (SaveBatcher) %s per save%n",
                    perOperation(writerCpu, saves.requests()));
            System.out.printf("server memory after the closed loop: VmHWM %s%n", peakMemory(payara));

            phase("paced");
            paced(base, url, attempts);

            phase("arrivals");
            arrivals(base, hall, cookies);
            System.out.printf("server peak memory over the run: VmHWM %s%n%n", peakMemory(payara));
        }
    }

    private void stormsOnly(
            PayaraProcess payara,
            PayaraProcess bare,
            List<WrittenExam> exams,
            Map<String, String> cookies,
            URI servletNoOp)
            throws Exception {
        for (WrittenExam exam : exams) {
            phase("start storm");
            Duration serverBefore = cpu(payara.pid());
            Duration clientBefore = cpu(ProcessHandle.current().pid());
            List<String> started = startStorm(payara.base(), exam, cookies, "start storm");
            System.out.printf(
                    "CPU per start with its form: server %s, this benchmark's HTTP client %s%n",
                    perOperation(cpu(payara.pid()).minus(serverBefore), started.size()),
                    perOperation(cpu(ProcessHandle.current().pid()).minus(clientBefore), started.size()));
        }
        Duration shortRun = Duration.ofSeconds(10);
        Wrk.run(servletNoOp, CONNECTIONS, shortRun, "ping.lua");
        Duration before = cpu(bare.pid());
        Wrk.Run noOp = Wrk.run(servletNoOp, CONNECTIONS, shortRun, "ping.lua");
        System.out.printf(
                "machine state: server CPU per bare servlet no-op %s%n",
                perOperation(cpu(bare.pid()).minus(before), noOp.requests()));
    }

    /** CPU time a process has used so far, all its threads together (from /proc on Linux). */
    private static Duration cpu(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(process -> process.info().totalCpuDuration())
                .orElse(Duration.ZERO);
    }

    /** CPU time the server's threads of this name have used so far (Linux reports it in 1/100 s). */
    private static Duration threadCpu(long pid, String threadName) {
        Duration total = Duration.ZERO;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                if (Files.readString(task.resolve("comm")).trim().equals(threadName)) {
                    String stat = Files.readString(task.resolve("stat"));
                    // fields after the ")" that closes the thread name: utime and stime are the 12th and 13th
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    total = total.plusMillis(ticks * 10);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO; // not Linux, or the thread ended: the figure is printed as unknown
        }
        return total;
    }

    /**
     * CPU time per operation: with two cores a process can spend at most 2,000 ms of CPU per second,
     * so this bounds how many operations per second the machine can serve at all.
     */
    private static String perOperation(Duration cpu, long operations) {
        return operations == 0 || cpu.isZero() ? "unknown" : String.format("%.3f ms", cpu.toNanos() / 1e6 / operations);
    }

    /** When each measured phase began, to cut a flight recording of the server into phases. */
    private static void phase(String name) {
        System.out.printf("-- %s begins at %s%n", name, LocalTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The attempts for the wrk script: id, token and an answer (the first option shown) per position. */
    private static Path attemptsFile(Path folder, String name, List<Attempt> attempts) throws IOException {
        StringBuilder lua = new StringBuilder("attempts = {\n");
        for (Attempt attempt : attempts) {
            lua.append("{id=")
                    .append(attempt.id())
                    .append(", token=\"")
                    .append(attempt.token())
                    .append("\", labels={");
            for (JsonObject item : attempt.items()) {
                lua.append("\"")
                        .append(item.getJsonArray("options").getJsonObject(0).getString("label"))
                        .append("\",");
            }
            lua.append("}},\n");
        }
        lua.append("}\n");
        Path target = folder.resolve(name + "-attempts.lua");
        Files.writeString(target, lua);
        return target;
    }

    // --- setup ---

    /** Candidates with accounts and enrolments, straight into the database. */
    private List<String> candidates(String url, String... sessionCodes) throws Exception {
        List<String> usernames = new ArrayList<>();
        String hash = cheapHash(PASSWORD);
        try (Connection db = DriverManager.getConnection(url, "sa", "sa")) {
            db.setAutoCommit(false);
            List<Long> sessionIds = new ArrayList<>();
            try (PreparedStatement q = db.prepareStatement("SELECT id FROM exam_session WHERE code = ?")) {
                for (String sessionCode : sessionCodes) {
                    q.setString(1, sessionCode);
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        sessionIds.add(r.getLong(1));
                    }
                }
            }
            try (PreparedStatement account = db.prepareStatement("INSERT INTO account (id, username, display_name,"
                            + " email, password_hash, must_change_password, active, failed_logins, created_at, version)"
                            + " VALUES (?, ?, ?, ?, ?, FALSE, TRUE, 0, CURRENT_TIMESTAMP, 1)");
                    PreparedStatement role =
                            db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'CANDIDATE')");
                    PreparedStatement candidate = db.prepareStatement(
                            "INSERT INTO candidate (id, candidate_number,"
                                    + " full_name, name_key, email, date_of_birth, account_username, created_at, created_by,"
                                    + " version) VALUES (?, ?, ?, ?, ?, DATE '1990-01-01', ?, CURRENT_TIMESTAMP, 'benchmark', 1)");
                    PreparedStatement enrolment = db.prepareStatement("INSERT INTO enrolment (id, session_id,"
                            + " candidate_id, extra_time_percentage, extra_minutes, enrolled_at, enrolled_by, version)"
                            + " VALUES (?, ?, ?, 0, 0, CURRENT_TIMESTAMP, 'benchmark', 1)")) {
                for (int i = 0; i < CANDIDATES; i++) {
                    long id = FIRST_ID + i;
                    String username = "bench-" + i;
                    usernames.add(username);
                    account.setLong(1, id);
                    account.setString(2, username);
                    account.setString(3, "Kandidaat " + i);
                    account.setString(4, username + "@example.org");
                    account.setString(5, hash);
                    account.addBatch();
                    role.setLong(1, id);
                    role.addBatch();
                    candidate.setLong(1, id);
                    candidate.setString(
                            2,
                            nl.examenkamer.identity.CandidateNumber.forSequence(900_000 + i)
                                    .value());
                    candidate.setString(3, "Kandidaat " + i);
                    candidate.setString(4, "kandidaat " + i);
                    candidate.setString(5, username + "@example.org");
                    candidate.setString(6, username);
                    candidate.addBatch();
                    for (int k = 0; k < sessionIds.size(); k++) {
                        enrolment.setLong(1, id + k * (long) CANDIDATES);
                        enrolment.setLong(2, sessionIds.get(k));
                        enrolment.setLong(3, id);
                        enrolment.addBatch();
                    }
                }
                account.executeBatch();
                role.executeBatch();
                candidate.executeBatch();
                enrolment.executeBatch();
            }
            try (PreparedStatement capacity =
                    db.prepareStatement("UPDATE exam_session SET capacity = ? WHERE id = ?")) {
                for (long sessionId : sessionIds) {
                    capacity.setInt(1, CANDIDATES);
                    capacity.setLong(2, sessionId);
                    capacity.executeUpdate();
                }
            }
            db.commit();
        }
        return usernames;
    }

    /** The stored form Soteria verifies (algorithm:iterations:salt:hash), with 1,000 iterations. */
    private static String cheapHash(String password) throws Exception {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1000, 64 * 8))
                .getEncoded();
        Base64.Encoder base64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:1000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
    }

    // --- log-in: candidates log in on the page before the proctor gives the access code ---

    /**
     * Each candidate logs in through the log-in page, as in the browser, and keeps the session
     * cookie: the exam page starts the attempt with it, so the start storm does not measure password
     * checks (those happened while candidates sat down).
     */
    private Map<String, String> logIn(URI base, List<String> usernames) throws Exception {
        Map<String, String> cookies = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> done = new ArrayList<>();
        long start = System.nanoTime();
        for (String username : usernames) {
            done.add(pool.submit(() -> {
                HttpResponse<String> page = client.send(
                        HttpRequest.newBuilder(base.resolve("login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString());
                String cookie = cookies(page, "");
                String form = "login=login&login%3Ausername=" + username + "&login%3Apassword=" + PASSWORD
                        + "&login%3Asubmit=&jakarta.faces.ViewState="
                        + URLEncoder.encode(FormSession.viewState(page.body()), StandardCharsets.UTF_8);
                HttpResponse<String> loggedIn = client.send(
                        HttpRequest.newBuilder(base.resolve("login.xhtml"))
                                .header("Cookie", cookie)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(302, loggedIn.statusCode(), "log-in of " + username);
                cookies.put(username, cookies(loggedIn, cookie));
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        System.out.printf(
                "%d candidates logged in on the log-in page in %.1f s%n",
                cookies.size(), (System.nanoTime() - start) / 1e9);
        return cookies;
    }

    /** The cookies a response sets (the session and, with distributable sessions, its version), as one header. */
    private static String cookies(HttpResponse<?> response, String earlier) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String pair : earlier.split("; ")) {
            if (pair.contains("=")) {
                jar.put(pair.substring(0, pair.indexOf('=')), pair);
            }
        }
        for (String value : response.headers().allValues("Set-Cookie")) {
            String pair = value.contains(";") ? value.substring(0, value.indexOf(';')) : value;
            jar.put(pair.substring(0, pair.indexOf('=')), pair);
        }
        return String.join("; ", jar.values());
    }

    // --- phase 1: the start storm ---

    private List<String> startStorm(URI base, WrittenExam exam, Map<String, String> cookies, String label)
            throws Exception {
        Starts starts = new Starts(cookies.size());
        ExecutorService pool = Executors.newFixedThreadPool(64);
        Figures figures;
        try (Connections connections = new Connections(base)) {
            for (String cookie : cookies.values()) {
                pool.submit(() -> startOne(connections, exam, cookie, System.nanoTime(), starts));
            }
            figures = starts.await();
        } finally {
            pool.shutdown();
        }
        System.out.printf(
                "%s: %d candidates started in %.1f s (64 at a time, each start drawing, storing and"
                        + " answering with its 40-item form): %s%n",
                label, starts.started.size(), starts.seconds(), figures.describe("starts"));
        assertEquals(CANDIDATES, starts.started.size(), "every candidate started");
        return new ArrayList<>(starts.started);
    }

    /**
     * The attempts the starts gave, read from their answers after the phase: the load generator
     * shares the server's two cores, so it does no more than send and receive while it measures.
     */
    private static List<Attempt> attempts(List<String> started) {
        List<Attempt> attempts = new ArrayList<>(started.size());
        for (String body : started) {
            JsonObject json = parse(body);
            attempts.add(new Attempt(
                    json.getJsonNumber("attemptId").longValue(),
                    json.getString("token"),
                    json.getJsonArray("items").getValuesAs(JsonObject.class)));
        }
        return attempts;
    }

    /** The starts of one phase as they come back: the attempts, each start's time, the errors. */
    private static final class Starts {

        /** The answers of the starts that succeeded, as received. */
        final List<String> started = Collections.synchronizedList(new ArrayList<>());

        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
        private final CountDownLatch done;
        private final long begun = System.nanoTime();
        private volatile long ended;

        Starts(int expected) {
            done = new CountDownLatch(expected);
        }

        /** Waits for every start; the phase's figures, its rate over the time from begin to the last start. */
        Figures await() throws InterruptedException {
            done.await();
            ended = System.nanoTime();
            return Figures.of(new ArrayList<>(latencies), seconds(), errors.get());
        }

        double seconds() {
            return (ended - begun) / 1e9;
        }
    }

    /**
     * One candidate's start with the access code, which answers with the form it drew. The start's
     * time runs from {@code since} (when the request was sent, or when the candidate arrived) to its
     * answer. Sent on the calling thread's own kept-alive connection.
     */
    private void startOne(Connections connections, WrittenExam exam, String cookie, long since, Starts starts) {
        try {
            PlainHttp.Response started = connections
                    .mine()
                    .send(
                            "POST",
                            "api/v1/exam-sessions/" + exam.code() + "/attempts",
                            "Cookie: " + cookie + "\r\nContent-Type: application/json\r\n",
                            "{\"accessCode\":\"" + exam.accessCode() + "\"}");
            starts.latencies.add(System.nanoTime() - since);
            if (started.status() != 201) {
                if (starts.errors.incrementAndGet() == 1) {
                    System.out.println("first refused start: " + started.status() + " " + started.body());
                }
                return;
            }
            starts.started.add(started.body());
        } catch (IOException | RuntimeException e) {
            if (starts.errors.incrementAndGet() == 1) {
                System.out.println("first failed start: " + e);
            }
        } finally {
            starts.done.countDown();
        }
    }

    /** A kept-alive connection per client thread, all closed when the phase ends. */
    private static final class Connections implements AutoCloseable {

        private final List<PlainHttp> all = Collections.synchronizedList(new ArrayList<>());
        private final ThreadLocal<PlainHttp> perThread;

        Connections(URI base) {
            perThread = ThreadLocal.withInitial(() -> {
                PlainHttp connection = new PlainHttp(base);
                all.add(connection);
                return connection;
            });
        }

        PlainHttp mine() {
            return perThread.get();
        }

        @Override
        public void close() {
            synchronized (all) {
                all.forEach(PlainHttp::close);
            }
        }
    }

    // --- phase 3: 1,000 candidates at a human pace ---

    /** The paced phase's sequence numbers start above every number the closed loops sent. */
    private final Map<Long, AtomicLong> sequences = new ConcurrentHashMap<>();

    private void paced(URI base, String url, List<Attempt> attempts) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        Map<Long, Map<Integer, String>> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        CountDownLatch done = new CountDownLatch(attempts.size());
        long stopAt = System.nanoTime() + PACED.toNanos();
        long start = System.nanoTime();
        for (Attempt attempt : attempts) {
            AtomicLong seq = sequences.computeIfAbsent(attempt.id(), id -> new AtomicLong(1_000_000_000L));
            Map<Integer, String> mine = new ConcurrentHashMap<>();
            acknowledged.put(attempt.id(), mine);
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                try {
                    Thread.sleep(random.nextInt(3000)); // candidates do not all click in the same millisecond
                    int position = 0;
                    while (System.nanoTime() < stopAt) {
                        position = position % 40 + 1;
                        // a burst now and then: changing one's mind three times within a second
                        int changes = random.nextInt(10) == 0 ? 3 : 1;
                        for (int change = 0; change < changes; change++) {
                            JsonObject item = attempt.items().get(position - 1);
                            int options = item.getJsonArray("options").size();
                            String label = item.getJsonArray("options")
                                    .getJsonObject(random.nextInt(options))
                                    .getString("label");
                            long mySeq = seq.incrementAndGet();
                            long t0 = System.nanoTime();
                            try {
                                HttpResponse<String> response = client.send(
                                        HttpRequest.newBuilder(base.resolve(
                                                        "api/v1/attempts/" + attempt.id() + "/answers/" + position))
                                                .timeout(Duration.ofSeconds(30))
                                                .header("X-Attempt-Token", attempt.token())
                                                .header("Content-Type", "application/json")
                                                .PUT(HttpRequest.BodyPublishers.ofString("{\"seq\":" + mySeq
                                                        + ",\"answer\":[\"" + label + "\"],\"flagged\":"
                                                        + (random.nextInt(20) == 0) + "}"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString());
                                latencies.add(System.nanoTime() - t0);
                                if (response.statusCode() == 200
                                        && response.body().contains("\"applied\":true")) {
                                    mine.put(position, label);
                                } else {
                                    errors.incrementAndGet();
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                            }
                            Thread.sleep(changes > 1 ? 150 : 0);
                        }
                        Thread.sleep(1000 + random.nextInt(3000)); // reading the next case
                    }
                    HttpResponse<String> submitted = client.send(
                            HttpRequest.newBuilder(base.resolve("api/v1/attempts/" + attempt.id() + "/submission"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("X-Attempt-Token", attempt.token())
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (submitted.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();

        int lost = 0;
        int checked = 0;
        int submitted = 0;
        try (Connection db = DriverManager.getConnection(url, "sa", "sa");
                PreparedStatement answers =
                        db.prepareStatement("SELECT position, answer FROM attempt_item WHERE attempt_id = ?");
                PreparedStatement status = db.prepareStatement("SELECT status FROM attempt WHERE id = ?")) {
            for (Attempt attempt : attempts) {
                Map<Integer, String> stored = new HashMap<>();
                answers.setLong(1, attempt.id());
                try (ResultSet rows = answers.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getInt(1), rows.getString(2));
                    }
                }
                for (Map.Entry<Integer, String> expected :
                        acknowledged.get(attempt.id()).entrySet()) {
                    checked++;
                    if (!expected.getValue().equals(stored.get(expected.getKey()))) {
                        lost++;
                    }
                }
                status.setLong(1, attempt.id());
                try (ResultSet rows = status.executeQuery()) {
                    rows.next();
                    submitted += "SUBMITTED".equals(rows.getString(1)) ? 1 : 0;
                }
            }
        }
        Figures figures = Figures.of(new ArrayList<>(latencies), seconds, errors.get());
        System.out.printf(
                "%d concurrent candidates at a human pace for %.0f s, then handing in: %s;"
                        + " lost answers %d of %d acknowledged (last per item, read back from the database);"
                        + " %d attempts submitted%n",
                attempts.size(), seconds, figures.describe("saves"), lost, checked, submitted);
    }

    // --- phase 4: 1,000 candidates arriving within one minute ---

    /**
     * Every candidate starts once, at a random moment of the minute (the same moments in every run),
     * as a full hall does when the proctor gives the code. Open loop: a start's time runs from its
     * candidate's moment, not from when a client thread got round to sending it.
     */
    private void arrivals(URI base, WrittenExam exam, Map<String, String> cookies) throws Exception {
        Starts starts = new Starts(cookies.size());
        ScheduledExecutorService hall = Executors.newScheduledThreadPool(64);
        Random moments = new Random(20261202L);
        long begun = System.nanoTime();
        Figures figures;
        try (Connections connections = new Connections(base)) {
            for (String cookie : cookies.values()) {
                long arrival = begun + (long) (moments.nextDouble() * ARRIVALS.toNanos());
                hall.schedule(
                        () -> startOne(connections, exam, cookie, arrival, starts),
                        arrival - System.nanoTime(),
                        TimeUnit.NANOSECONDS);
            }
            figures = starts.await();
        } finally {
            hall.shutdown();
        }
        System.out.printf(
                "%d candidates arriving at random within %d s, each starting (40-item form, in the"
                        + " start's answer): all started after %.1f s; each start from its candidate's arrival: %s%n",
                cookies.size(), ARRIVALS.toSeconds(), starts.seconds(), figures.describe("starts"));
        assertEquals(CANDIDATES, starts.started.size(), "every arriving candidate started");
    }

    // --- figures ---

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String peakMemory(PayaraProcess payara) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + payara.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format("%.0f MiB", kb / 1024.0);
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    record Figures(int count, double perSecond, double p50, double p95, double p99, int errors) {

        static Figures of(List<Long> nanos, double seconds, int errors) {
            Collections.sort(nanos);
            return new Figures(
                    nanos.size(),
                    nanos.size() / seconds,
                    percentile(nanos, 50),
                    percentile(nanos, 95),
                    percentile(nanos, 99),
                    errors);
        }

        private static double percentile(List<Long> sorted, int p) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }

        String describe(String what) {
            return String.format(
                    "%d %s, %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d",
                    count, what, perSecond, p50, p95, p99, errors);
        }
    }
}
