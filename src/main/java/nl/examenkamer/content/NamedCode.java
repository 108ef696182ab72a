package nl.examenkamer.content;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A code with its name (and description): a scheme's titles and legal domains. */
@Embeddable
public class NamedCode {

    private String code;
    private String name;
    private String description;

    protected NamedCode() {}

    public NamedCode(String code, String name, String description) {
        this.code = code;
        this.name = name;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedCode that
                && Objects.equals(code, that.code)
                && Objects.equals(name, that.name)
                && Objects.equals(description, that.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, description);
    }
}
