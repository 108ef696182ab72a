package nl.examenkamer.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} names the kind of problem as a URN
 * ({@code urn:examenkamer:problem:validation}); {@code code} repeats its last part for clients that
 * switch on it; {@code errors} lists field-level violations, each with the field and the reason.
 */
public record Problem(String code, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(code, title, status, detail, instance, fieldErrors);
    }

    public String type() {
        return "urn:examenkamer:problem:" + code;
    }

    public String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type())
                .add("code", code)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (FieldError error : errors) {
                list.add(Json.createObjectBuilder().add("field", error.field()).add("message", error.message()));
            }
            json.add("errors", list);
        }
        return json.build().toString();
    }
}
