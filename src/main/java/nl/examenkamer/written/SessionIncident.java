package nl.examenkamer.written;

import java.io.Serializable;
import java.time.Instant;
import nl.examenkamer.shared.RuleViolation;

/**
 * Something that happened during a session and may bear on its results (a candidate who left the
 * room, a power cut, a question about an item), as the proctor noted it: when, by whom, about which
 * candidate or the whole session ({@code candidateNumber} null). A noted incident is never changed;
 * a correction is a new one, so the report shows what was known when.
 */
public record SessionIncident(
        Instant notedAt, String notedBy, String candidateNumber, String candidateName, String note)
        implements Serializable {

    public static final int MAX_NOTE = 2000;

    /** Whom it concerns as a report names them: "C0000018 · Daan de Demo", or null for the whole session. */
    public String concerns() {
        if (candidateNumber == null) {
            return null;
        }
        return candidateName == null ? candidateNumber : candidateNumber + " · " + candidateName;
    }

    /** The note as it is kept: stripped, present, and short enough to read in a report. */
    public static String note(String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw RuleViolation.invalid("sessionIncident.note.required");
        }
        if (note.length() > MAX_NOTE) {
            throw RuleViolation.invalid("sessionIncident.note.tooLong", MAX_NOTE, note.length());
        }
        return note;
    }
}
