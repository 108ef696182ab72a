package nl.examenkamer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The benchmark's plain HTTP client against a scripted server: framing, kept-alive connections, a closed one. */
class PlainHttpTest {

    @Test
    void readsAChunkedAndASizedAnswerOnOneConnectionAndSendsTheRequestAsGiven() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<List<String>> requests = CompletableFuture.supplyAsync(() -> serve(
                    server,
                    List.of(
                            "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n"
                                    + "6\r\n{\"a\":\"\r\n6;ext=1\r\nvraag\"\r\n1\r\n}\r\n0\r\n\r\n",
                            "HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nbeëindig"),
                    1));
            try (PlainHttp http = new PlainHttp(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/api/"))) {
                PlainHttp.Response first = http.send("POST", "start", "Cookie: a=b\r\n", "{\"x\":1}");
                assertEquals(201, first.status());
                assertEquals("{\"a\":\"vraag\"}", first.body(), "the chunks joined, the extension ignored");
                PlainHttp.Response second = http.send("GET", "form", "", null);
                assertEquals(200, second.status());
                assertEquals("beëindig", second.body(), "a sized body, read as UTF-8");
            }
            List<String> seen = requests.get();
            assertEquals(2, seen.size(), "both requests on the one kept-alive connection");
            assertTrue(seen.get(0).startsWith("POST /api/start HTTP/1.1\r\n"), seen.get(0));
            assertTrue(seen.get(0).contains("\r\nCookie: a=b\r\n"), seen.get(0));
            assertTrue(seen.get(0).contains("\r\nContent-Length: 7\r\n"), seen.get(0));
            assertTrue(seen.get(1).startsWith("GET /api/form HTTP/1.1\r\n"), seen.get(1));
        }
    }

    @Test
    void aConnectionTheServerClosesIsOpenedAgainForTheNextRequest() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<List<String>> requests = CompletableFuture.supplyAsync(() -> serve(
                    server,
                    List.of(
                            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
                            "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nagain"),
                    2));
            try (PlainHttp http = new PlainHttp(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/"))) {
                assertEquals("ok", http.send("GET", "one", "", null).body());
                assertEquals("again", http.send("GET", "two", "", null).body());
            }
            assertEquals(2, requests.get().size());
        }
    }

    /**
     * Answers requests with the given raw answers in turn, over {@code connections} connections (a
     * connection ends after an answer that says "Connection: close"); the requests' heads as received.
     */
    private static List<String> serve(ServerSocket server, List<String> answers, int connections) {
        List<String> heads = new ArrayList<>();
        int next = 0;
        try {
            for (int c = 0; c < connections; c++) {
                try (Socket socket = server.accept()) {
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                    OutputStream out = socket.getOutputStream();
                    while (next < answers.size()) {
                        StringBuilder head = new StringBuilder();
                        int length = 0;
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            head.append(line).append("\r\n");
                            if (line.toLowerCase().startsWith("content-length:")) {
                                length = Integer.parseInt(line.substring(15).trim());
                            }
                        }
                        in.skip(length);
                        heads.add(head.toString());
                        String answer = answers.get(next++);
                        out.write(answer.getBytes(StandardCharsets.UTF_8));
                        out.flush();
                        if (answer.contains("Connection: close")) {
                            break;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return heads;
    }
}
