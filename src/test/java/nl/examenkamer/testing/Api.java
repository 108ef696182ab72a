package nl.examenkamer.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A REST client for the tests: JSON in and out, HTTP Basic as one user (or anonymous). */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final String authorization;
    private final String language;
    private final String attemptToken;

    private Api(URI base, String authorization, String language) {
        this(base, authorization, language, null);
    }

    private Api(URI base, String authorization, String language, String attemptToken) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
        this.attemptToken = attemptToken;
    }

    /** Calls as the exam page does: no log-in, the attempt's token in X-Attempt-Token. */
    public static Api withAttemptToken(URI base, String token) {
        return new Api(base, null, null, token);
    }

    public static Api anonymous(URI base) {
        return new Api(base, null, null);
    }

    public static Api as(URI base, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, "Basic " + token, null);
    }

    public Api withBearer(String key) {
        return new Api(base, "Bearer " + key, language, attemptToken);
    }

    public Api inLanguage(String languageTag) {
        return new Api(base, authorization, languageTag, attemptToken);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A PUT that changes only the version it names (If-Match). */
    public Response put(String path, String json, String ifMatch) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST that acts only on the version it names (If-Match). */
    public Response post(String path, String json, String ifMatch) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response send(String method, String path, String contentType, byte[] body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A body of another kind than JSON (a CSV or Excel download), as bytes. */
    public record Download(int status, String contentType, byte[] body) {}

    public Download download(String path, String accept) {
        HttpRequest request = request(path).setHeader("Accept", accept).GET().build();
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(
                        base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        if (attemptToken != null) {
            builder.header("X-Attempt-Token", attemptToken);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response =
                    CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer, with its body read as JSON on demand. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public jakarta.json.JsonArray array() {
            return (jakarta.json.JsonArray) structure();
        }

        private JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON (status " + status() + "): " + body(), e);
            }
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
