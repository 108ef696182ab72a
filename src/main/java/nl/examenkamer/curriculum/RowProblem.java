package nl.examenkamer.curriculum;

import java.io.Serializable;
import java.util.Locale;
import nl.examenkamer.shared.Reason;

/**
 * Why one row (or the file as a whole: line 1 is the header, line 0 the file itself) cannot be
 * stored: where, which field, and why.
 */
public record RowProblem(int line, String field, Reason reason) implements Serializable {

    public String message(Locale locale) {
        return reason.text(locale);
    }

    @Override
    public String toString() {
        return (line > 0 ? "line " + line + ": " : "") + field + ": " + reason;
    }
}
