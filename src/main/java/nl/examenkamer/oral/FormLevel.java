package nl.examenkamer.oral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A level of the rating scale as the form shows it, copied when the exam was planned. */
@Embeddable
public class FormLevel {

    @Column(name = "level_value")
    private int level;

    private String name;
    private String description;

    protected FormLevel() {}

    public FormLevel(int level, String name, String description) {
        this.level = level;
        this.name = name;
        this.description = description;
    }

    public int level() {
        return level;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
