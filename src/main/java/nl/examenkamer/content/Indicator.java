package nl.examenkamer.content;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A behavioural indicator of a competence, with the source document it was transcribed from. */
@Embeddable
public class Indicator {

    private String text;
    private String source;

    protected Indicator() {}

    public Indicator(String text, String source) {
        this.text = text;
        this.source = source;
    }

    public String text() {
        return text;
    }

    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Indicator that
                && Objects.equals(text, that.text)
                && Objects.equals(source, that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, source);
    }
}
