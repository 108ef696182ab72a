package nl.examenkamer.oral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A competence as the form shows it, copied from the framework when the exam was planned. */
@Embeddable
public class FormCompetence {

    private String code;
    private String name;
    private boolean core;
    private String definition;

    /** One indicator per line: the framework's indicators are single paragraphs. */
    @Column(name = "indicators")
    private String indicators;

    protected FormCompetence() {}

    public FormCompetence(String code, String name, boolean core, String definition, List<String> indicators) {
        this.code = code;
        this.name = name;
        this.core = core;
        this.definition = definition;
        this.indicators = String.join(
                "\n", indicators.stream().map(i -> i.replace('\n', ' ')).toList());
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean core() {
        return core;
    }

    public String definition() {
        return definition;
    }

    public List<String> indicators() {
        return indicators.isEmpty() ? List.of() : Arrays.asList(indicators.split("\n"));
    }
}
