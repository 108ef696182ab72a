package nl.examenkamer.oral;

import java.util.Arrays;
import java.util.List;

/** A broken rule of the oral exam: the message key that explains it and its arguments. */
public record Breach(String rule, List<Object> arguments) {

    public static Breach of(String rule, Object... arguments) {
        return new Breach(rule, List.copyOf(Arrays.asList(arguments)));
    }
}
