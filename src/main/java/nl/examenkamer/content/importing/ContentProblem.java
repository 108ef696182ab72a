package nl.examenkamer.content.importing;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;

/**
 * One thing wrong with exam-content, precise enough to fix without searching: the file, the line
 * (1-based; 0 when the problem is with the file as a whole), the field, and why, as a message key
 * with its arguments so the board reads it in its own language. The arguments are kept as text, as
 * written in the file ("0.30", not a number the reader's locale would write as "0,3").
 */
public record ContentProblem(String file, int line, String field, String key, List<String> arguments)
        implements Serializable {

    public ContentProblem {
        arguments = List.copyOf(arguments);
    }

    /** Why, in this language. */
    public String text(Locale locale) {
        return Messages.text(locale, key, arguments.toArray());
    }

    /** Why, in English: for logs and for tests that read the problem. */
    public String message() {
        return text(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + field + ": " + message();
    }
}
