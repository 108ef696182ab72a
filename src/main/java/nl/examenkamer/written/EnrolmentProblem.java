package nl.examenkamer.written;

import java.io.Serializable;
import java.util.Locale;
import nl.examenkamer.shared.Reason;

/** Why one line of an enrolment list cannot be taken: where, which field, why. */
public record EnrolmentProblem(int line, String field, Reason reason) implements Serializable {

    public String message(Locale locale) {
        return reason.text(locale);
    }

    public String where() {
        return (line > 0 ? "line " + line + " " : "") + field;
    }
}
