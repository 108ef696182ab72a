package nl.examenkamer.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A learning outcome of a curriculum theme: what a candidate at this level (BASIS or a title) can do. */
@Embeddable
public class LearningOutcome {

    private String code;
    private String level;

    @Column(name = "grp")
    private String group;

    private String text;

    protected LearningOutcome() {}

    public LearningOutcome(String code, String level, String group, String text) {
        this.code = code;
        this.level = level;
        this.group = group;
        this.text = text;
    }

    public String code() {
        return code;
    }

    public String level() {
        return level;
    }

    public String group() {
        return group;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearningOutcome that
                && Objects.equals(code, that.code)
                && Objects.equals(level, that.level)
                && Objects.equals(group, that.group)
                && Objects.equals(text, that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, level, group, text);
    }
}
