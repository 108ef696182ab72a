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
import java.util.function.Supplier;

/**
 * How the API reads and writes JSON: JSON-B's defaults, except that a whole number is read only
 * from a whole number. By default 25.5 for extra time or 10.7 minutes were cut to 25 and 10 without
 * a word; now such a body is refused as malformed, naming the value.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private final Jsonb jsonb =
            JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeNumber(), new WholeLong()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** An Integer from a number without a fraction, or from a string of digits as JSON-B reads one. */
    static final class WholeNumber implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = number(parser, context);
            return number == null ? null : exact(number, number::intValueExact);
        }
    }

    /** A Long (an id, a sequence number) likewise. */
    static final class WholeLong implements JsonbDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = number(parser, context);
            return number == null ? null : exact(number, number::longValueExact);
        }
    }

    // JSON-B reads the value as a number (from a number or a string of digits, as before); only a
    // fraction or a value beyond the type is refused here
    private static BigDecimal number(JsonParser parser, DeserializationContext context) {
        return context.deserialize(BigDecimal.class, parser);
    }

    private static <N> N exact(BigDecimal number, Supplier<N> conversion) {
        try {
            return conversion.get();
        } catch (ArithmeticException e) {
            throw new JsonbException("'" + number.toPlainString() + "' is not a whole number");
        }
    }
}
