package nl.examenkamer.content.importing;

import java.io.Serializable;

/**
 * One thing wrong with exam-content, precise enough to fix without searching: the file, the line
 * (1-based; 0 when the problem is with the file as a whole), the field, and why.
 */
public record ContentProblem(String file, int line, String field, String message) implements Serializable {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + field + ": " + message;
    }
}
