package nl.examenkamer.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Why something was refused, as a message key with its arguments, so that the domain can explain
 * itself without knowing the reader's language. Arguments are kept as text: numbers of hours and
 * dates are shown exactly as the rules and files write them (7.5, 2026-03-12), except where a page
 * writes an admission reason's hours in its own language ({@code web.HoursText}).
 */
public record Reason(String key, List<String> arguments) implements Serializable {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason of(String key, Object... arguments) {
        return new Reason(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public String text(Locale locale) {
        return Messages.text(locale, key, arguments.toArray());
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
