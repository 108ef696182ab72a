package nl.examenkamer.testing.bare;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A no-op without JAX-RS, for the bare server: reads a save's JSON body with JSON-P and answers
 * with a three-field reply, as the application's answer-save filter does, without storing anything.
 * Next to the JAX-RS no-op it shows what a servlet request costs on this machine, the floor under
 * the answer save now that the save no longer goes through Jersey.
 */
@WebServlet(urlPatterns = ServletNoOp.PATH)
public class ServletNoOp extends HttpServlet {

    public static final String PATH = "/servlet-ping";
    private static final long serialVersionUID = 1L;
    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seq;
        try (JsonReader reader = JSON.createReader(request.getInputStream(), StandardCharsets.UTF_8)) {
            JsonObject body = reader.readObject();
            seq = body.getJsonNumber("seq").longValue();
        }
        byte[] reply = ("{\"applied\":false,\"position\":0,\"seq\":" + seq + "}").getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json");
        response.setContentLength(reply.length);
        response.getOutputStream().write(reply);
    }
}
