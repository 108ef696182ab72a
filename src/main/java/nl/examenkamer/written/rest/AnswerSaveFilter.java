package nl.examenkamer.written.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.rest.Problem;
import nl.examenkamer.shared.rest.Problems;
import nl.examenkamer.shared.rest.RequestLocale;
import nl.examenkamer.written.AnswerSaving;

/**
 * The answer save, {@code PUT /api/v1/attempts/{id}/answers/{position}}, served here rather than by
 * JAX-RS: it is exam day's most frequent request, and a profile of saves under load put about a
 * third of the server's CPU per save in Jersey's routing, providers and asynchronous responder. The
 * request is small and fixed (a sequence number, the marked options, the flag), so reading it with
 * JSON-P and writing the three-field reply by hand is plain code. Every other request under
 * {@code /attempts} passes on to {@link AttemptResource}. The rules, the token check and the group
 * commit are {@link AnswerSaving}'s; refusals are the API's problem documents, in the caller's
 * language. The operation is described in {@code META-INF/openapi.yaml}.
 */
@WebFilter(filterName = "answer-save", urlPatterns = "/api/v1/attempts/*", asyncSupported = true)
public class AnswerSaveFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AnswerSaveFilter.class.getName());
    /** The save's path; web.xml leaves CDI's request contexts off for exactly these (WeldContextMappingTest). */
    static final Pattern SAVE_PATH = Pattern.compile("/api/v1/attempts/(\\d{1,18})/answers/(\\d{1,9})");

    /** How long a save may wait for its commit before the page is told to send it again. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    /** A save is a few dozen bytes; a body longer than this is not one. */
    static final int MAX_BODY = 8 * 1024;

    private static final Set<String> FIELDS = Set.of("seq", "answer", "flagged");

    @Inject
    private transient AnswerSaving saving;

    private final Duration timeout;

    public AnswerSaveFilter() {
        this.timeout = TIMEOUT;
    }

    /** For a test: the filter with its saving and a time-out of the test's choosing. */
    AnswerSaveFilter(AnswerSaving saving, Duration timeout) {
        this.saving = saving;
        this.timeout = timeout;
    }

    /** The body of a save, as the page sends it. */
    record Body(long seq, List<String> answer, boolean flagged) {}

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher save = SAVE_PATH.matcher(path);
        if (!"PUT".equals(request.getMethod()) || !save.matches()) {
            chain.doFilter(request, response);
            return;
        }
        Reply reply = new Reply(request, response, path, timeout);
        try {
            if (!isJson(request.getContentType())) {
                reply.problem(Problems.forStatus(415, reply.locale(), null, path));
                return;
            }
            Body body = read(request.getInputStream());
            CompletionStage<AnswerSaving.Saved> saved = saving.save(
                    Long.parseLong(save.group(1)),
                    Integer.parseInt(save.group(2)),
                    request.getHeader(AttemptResource.TOKEN_HEADER),
                    body.seq(),
                    body.answer(),
                    body.flagged());
            // Answered when the save's batch is committed; the request thread is free meanwhile.
            reply.await(saved);
        } catch (RuntimeException e) {
            reply.failed(e);
        }
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    /** The save's fields; a body that is not such JSON is the caller's mistake (400). */
    static Body read(InputStream in) throws IOException {
        // Read whole and parsed from a string: a JSON reader on the stream allocates an 8 KB decoding
        // buffer per save, a third of the bytes the save path allocated under load.
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new JsonException("the body is longer than " + MAX_BODY + " bytes");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return body(reader.readObject());
        }
    }

    static Body body(JsonObject json) {
        for (String field : json.keySet()) {
            // a misspelt "answer" would otherwise save no answer and be acknowledged as saved
            if (!FIELDS.contains(field)) {
                throw new JsonException("unknown field \"" + field + "\": a save has seq, answer and flagged");
            }
        }
        JsonValue seq = json.get("seq");
        if (seq == null || seq == JsonValue.NULL) {
            throw RuleViolation.invalid("attempt.seq.positive");
        }
        return new Body(wholeNumber(seq), answer(json.get("answer")), flagged(json.get("flagged")));
    }

    private static long wholeNumber(JsonValue seq) {
        try {
            if (seq instanceof JsonNumber number && number.isIntegral()) {
                return number.longValueExact();
            }
        } catch (ArithmeticException e) {
            // too large for a sequence number: malformed like any other
        }
        throw new JsonException("seq is not a whole number");
    }

    private static List<String> answer(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray labels)) {
            throw new JsonException("answer is not a list of option labels");
        }
        List<String> answer = new ArrayList<>(labels.size());
        for (JsonValue label : labels) {
            if (!(label instanceof JsonString text)) {
                throw new JsonException("answer is not a list of option labels");
            }
            answer.add(text.getString());
        }
        return answer;
    }

    private static boolean flagged(JsonValue value) {
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        throw new JsonException("flagged is not true or false");
    }

    /**
     * The one answer to one save: the stored result, or a problem document. Whichever comes first
     * (the commit, a refusal, the time-out) is written; anything later is dropped.
     */
    private static final class Reply {

        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final String path;
        private final Duration timeout;
        private final AtomicBoolean answered = new AtomicBoolean();
        private AsyncContext async;

        Reply(HttpServletRequest request, HttpServletResponse response, String path, Duration timeout) {
            this.request = request;
            this.response = response;
            this.path = path;
            this.timeout = timeout;
        }

        void await(CompletionStage<AnswerSaving.Saved> saved) {
            async = request.startAsync(request, response);
            // The 30 s time-out is the save's own rather than the container's: with the container's,
            // the heap left after each young collection grew by 15-20 MB a second under the save
            // load (README, runs N and O); with this one it stays flat (runs T and U).
            async.setTimeout(0);
            // on a copy, so that a time-out ends this reply and not the save itself
            saved.toCompletableFuture()
                    .copy()
                    .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((result, failure) -> {
                        if (failure == null) {
                            saved(result);
                        } else {
                            failed(failure);
                        }
                    });
        }

        Locale locale() {
            return RequestLocale.of(request);
        }

        private void saved(AnswerSaving.Saved saved) {
            write(
                    200,
                    "application/json",
                    "{\"applied\":" + saved.applied() + ",\"position\":" + saved.position() + ",\"seq\":" + saved.seq()
                            + "}");
        }

        void failed(Throwable failure) {
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof RuleViolation violation) {
                problem(Problems.of(violation, locale(), path));
            } else if (cause instanceof TimeoutException) {
                Locale locale = locale();
                problem(Problems.forStatus(
                        503, locale, Messages.text(locale, "problem.saveNotConfirmed", timeout.toSeconds()), path));
            } else if (cause instanceof JsonException) {
                problem(Problems.malformedJson(locale(), cause.getMessage(), path));
            } else {
                problem(Problems.incident(locale(), cause, path));
            }
        }

        void problem(Problem problem) {
            write(problem.status(), Problem.MEDIA_TYPE, problem.toJson());
        }

        private void write(int status, String contentType, String json) {
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            try {
                // The reply is written on a reply thread, where the container has no buffer pool
                // and allocates a whole response buffer for each write: ask for one of this size.
                response.setBufferSize(bytes.length);
                response.setStatus(status);
                response.setContentType(contentType);
                response.setContentLength(bytes.length);
                response.getOutputStream().write(bytes);
            } catch (IOException e) {
                LOG.log(Level.FINE, "the caller of " + path + " went away before its answer", e);
            } finally {
                if (async != null) {
                    async.complete();
                }
            }
        }
    }
}
