package nl.examenkamer.written.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.written.AnswerSaving;
import org.junit.jupiter.api.Test;

/**
 * What the page gets back for a save: the stored result once it is committed, the refusal's problem
 * document, or, when the commit does not come in time, a 503 that tells it to send the save again.
 * Exactly one answer per save, whatever arrives later. The container is stood in for by the few
 * servlet calls the filter makes.
 */
class AnswerSaveReplyTest {

    private static final String PATH = "/api/v1/attempts/17/answers/3";

    /** The saving's result, as the test decides it. */
    private final CompletableFuture<AnswerSaving.Saved> commit = new CompletableFuture<>();

    private final AnswerSaving saving = new AnswerSaving() {
        @Override
        public CompletionStage<Saved> save(
                long attemptId, int position, String token, long seq, List<String> answer, boolean flagged) {
            return commit;
        }
    };

    @Test
    void aCommittedSaveIsAnsweredWithWhatTheServerNowHas() throws Exception {
        Exchange exchange = put(Duration.ofSeconds(30), "nl");
        commit.complete(new AnswerSaving.Saved(true, 3, 7));

        exchange.awaitCompletion();
        assertEquals(200, exchange.status);
        assertEquals("application/json", exchange.contentType);
        assertEquals("{\"applied\":true,\"position\":3,\"seq\":7}", exchange.body());
    }

    @Test
    void aRefusedSaveGetsTheRulesProblemDocument() throws Exception {
        Exchange exchange = put(Duration.ofSeconds(30), "en");
        commit.completeExceptionally(RuleViolation.conflict("attempt.timeUp"));

        exchange.awaitCompletion();
        assertEquals(409, exchange.status);
        JsonObject problem = exchange.json();
        assertEquals("attempt.timeUp", problem.getString("code"));
        assertEquals("Time is up: the exam is closed and your answers are kept.", problem.getString("detail"));
    }

    @Test
    void aSaveNotCommittedInTimeIsAnswered503AndTheLateCommitChangesNothing() throws Exception {
        Exchange exchange = put(Duration.ofMillis(200), "en");

        exchange.awaitCompletion();
        assertEquals(503, exchange.status);
        assertTrue(exchange.contentType.startsWith("application/problem+json"), exchange.contentType);
        JsonObject problem = exchange.json();
        assertEquals(503, problem.getInt("status"));
        assertEquals(PATH, problem.getString("instance"));
        assertTrue(
                problem.getString("detail").startsWith("The save was not confirmed within"),
                problem.getString("detail"));

        String answered = exchange.body();
        commit.complete(new AnswerSaving.Saved(true, 3, 7));
        Thread.sleep(100);
        assertEquals(503, exchange.status, "the commit after the time-out writes nothing");
        assertEquals(answered, exchange.body());
        assertEquals(1, exchange.completions.get(), "the exchange is completed once");
        assertTrue(commit.isDone() && !commit.isCompletedExceptionally(), "the save itself is not cancelled");
    }

    private Exchange put(Duration timeout, String language) throws Exception {
        Exchange exchange = new Exchange(language);
        new AnswerSaveFilter(saving, timeout).doFilter(exchange.request(), exchange.response(), (request, response) -> {
            throw new AssertionError("a save does not pass on");
        });
        return exchange;
    }

    /** One request and its response, with what the filter wrote. */
    private static final class Exchange {

        private final String language;
        private final ByteArrayOutputStream written = new ByteArrayOutputStream();
        private final CountDownLatch completed = new CountDownLatch(1);
        private final AtomicInteger completions = new AtomicInteger();
        private volatile int status = 200;
        private volatile String contentType;

        Exchange(String language) {
            this.language = language;
        }

        void awaitCompletion() throws InterruptedException {
            assertTrue(completed.await(5, TimeUnit.SECONDS), "the save was answered");
        }

        synchronized String body() {
            return written.toString(StandardCharsets.UTF_8);
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body())).readObject();
        }

        HttpServletRequest request() {
            byte[] body = "{\"seq\":7,\"answer\":[\"B\"],\"flagged\":false}".getBytes(StandardCharsets.UTF_8);
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return fake(HttpServletRequest.class, (method, args) -> switch (method) {
                case "getRequestURI" -> PATH;
                case "getContextPath" -> "";
                case "getMethod" -> "PUT";
                case "getContentType" -> "application/json";
                case "getHeader" -> "Accept-Language".equals(args[0]) ? language : "token";
                case "getLocales" -> Collections.enumeration(List.of(Locale.forLanguageTag(language)));
                case "getInputStream" -> new ServletInputStream() {
                    @Override
                    public int read() {
                        return in.read();
                    }

                    @Override
                    public boolean isFinished() {
                        return in.available() == 0;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {}
                };
                case "startAsync" -> fake(AsyncContext.class, (asyncMethod, asyncArgs) -> {
                    if (asyncMethod.equals("complete")) {
                        completions.incrementAndGet();
                        completed.countDown();
                    }
                    return null;
                });
                default -> throw new AssertionError(
                        "the filter called " + method + ", which this stand-in does not answer");
            });
        }

        HttpServletResponse response() {
            return fake(HttpServletResponse.class, (method, args) -> {
                switch (method) {
                    case "setStatus" -> status = (Integer) args[0];
                    case "setContentType" -> contentType = (String) args[0];
                    case "setContentLength", "setBufferSize" -> {}
                    case "getOutputStream" -> {
                        return new ServletOutputStream() {
                            @Override
                            public void write(int b) {
                                synchronized (Exchange.this) {
                                    written.write(b);
                                }
                            }

                            @Override
                            public boolean isReady() {
                                return true;
                            }

                            @Override
                            public void setWriteListener(WriteListener listener) {}
                        };
                    }
                    default -> throw new AssertionError(
                            "the filter called " + method + ", which this stand-in does not answer");
                }
                return null;
            });
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName(), args)));
    }
}
