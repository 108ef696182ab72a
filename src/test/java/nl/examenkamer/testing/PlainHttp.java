package nl.examenkamer.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection on a plain blocking socket, for a benchmark's client. The load
 * generator shares the machine's two cores with the server, and Java's HttpClient cost 1.2–1.4 ms
 * of CPU per request in the start storm (its selector thread, futures and header objects): a sixth
 * of what the server spent. This writes the request's bytes and reads the status, the two framing
 * headers and the body; nothing else of HTTP is needed to talk to the server under test.
 */
public final class PlainHttp implements Closeable {

    private final URI base;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public PlainHttp(URI base) {
        this.base = base;
    }

    public record Response(int status, String body) {}

    /** Sends a request (headers as "Name: value" lines, each ending in CRLF) and reads its response. */
    public Response send(String method, String path, String headers, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + base.getPath() + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                + base.getPort() + "\r\n" + headers + "Content-Length: " + content.length + "\r\n\r\n";
        try {
            return exchange(head.getBytes(StandardCharsets.ISO_8859_1), content);
        } catch (IOException stale) {
            // the server may have closed a kept-alive connection between two requests: one new try
            close();
            return exchange(head.getBytes(StandardCharsets.ISO_8859_1), content);
        }
    }

    private Response exchange(byte[] head, byte[] content) throws IOException {
        if (socket == null) {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = socket.getOutputStream();
        }
        out.write(head);
        out.write(content);
        out.flush();
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("the server closed the connection before answering");
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(chunkSize(line()), 16);
                    size > 0;
                    size = Integer.parseInt(chunkSize(line()), 16)) {
                received.write(in.readNBytes(size));
                line(); // the CRLF after the chunk
            }
            for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                // trailers: none expected, skipped
            }
        } else if (length >= 0) {
            received.write(in.readNBytes((int) length));
        }
        if (closing) {
            close();
        }
        return new Response(status, received.toString(StandardCharsets.UTF_8));
    }

    private static String chunkSize(String line) throws IOException {
        if (line == null) {
            throw new IOException("the connection ended inside a chunked body");
        }
        int extension = line.indexOf(';');
        return (extension < 0 ? line : line.substring(0, extension)).trim();
    }

    /** A header line without its CRLF, or null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection we no longer use: nothing to do
            }
            socket = null;
        }
    }
}
