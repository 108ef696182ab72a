package nl.examenkamer.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * How the API reads and writes JSON: JSON-B's defaults, except that a whole number is read only
 * from a whole number. By default 25.5 for extra time or 10.7 minutes were cut to 25 and 10 without
 * a word; now such a body is refused as malformed, naming the value.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeNumber()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** An Integer from a number without a fraction, or from a string of digits as JSON-B reads one. */
    static final class WholeNumber implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            // JSON-B reads the value as a number (from a number or a string of digits, as before);
            // only a fraction or a value beyond int is refused here
            BigDecimal number = context.deserialize(BigDecimal.class, parser);
            if (number == null) {
                return null;
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("'" + number.toPlainString() + "' is not a whole number");
            }
        }
    }
}
