package nl.examenkamer.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the register of legal sources: an article of an act, a regulation, a guideline or
 * a ruling (by ECLI), with the date its current text took effect. An item reviewed before that date
 * needs review.
 */
@Entity
@Table(name = "legal_source")
public class LegalSource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    private String kind;
    private String act;

    @Column(name = "act_abbreviation")
    private String actAbbreviation;

    private String citation;
    private String title;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    private String url;
    private String note;
    private boolean active;

    @Version
    private long version;

    protected LegalSource() {}

    public LegalSource(String code) {
        this.code = Objects.requireNonNull(code);
    }

    /** Takes over the register's text; true when anything changed. */
    public boolean apply(
            String newKind,
            String newAct,
            String newAbbreviation,
            String newCitation,
            String newTitle,
            LocalDate newEffectiveFrom,
            LocalDate newCheckedOn,
            String newUrl,
            String newNote) {
        boolean changed = !active
                || !Objects.equals(kind, newKind)
                || !Objects.equals(act, newAct)
                || !Objects.equals(actAbbreviation, newAbbreviation)
                || !Objects.equals(citation, newCitation)
                || !Objects.equals(title, newTitle)
                || !Objects.equals(effectiveFrom, newEffectiveFrom)
                || !Objects.equals(checkedOn, newCheckedOn)
                || !Objects.equals(url, newUrl)
                || !Objects.equals(note, newNote);
        if (changed) {
            kind = newKind;
            act = newAct;
            actAbbreviation = newAbbreviation;
            citation = newCitation;
            title = newTitle;
            effectiveFrom = newEffectiveFrom;
            checkedOn = newCheckedOn;
            url = newUrl;
            note = newNote;
            active = true;
        }
        return changed;
    }

    /** The source left the register; kept because old item versions may cite it. */
    public boolean withdraw() {
        boolean changed = active;
        active = false;
        return changed;
    }

    public String code() {
        return code;
    }

    public String kind() {
        return kind;
    }

    public String act() {
        return act;
    }

    public String citation() {
        return citation;
    }

    public String title() {
        return title;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }

    public String url() {
        return url;
    }

    public String note() {
        return note;
    }

    public boolean isActive() {
        return active;
    }
}
