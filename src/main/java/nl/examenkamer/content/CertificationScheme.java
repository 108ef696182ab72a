package nl.examenkamer.content;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A certification scheme (rnvc-casemanager): its titles, the legal domains of its written exam, and
 * every rule default of admission, the written exam and the oral exam. The exam board changes a
 * rule by changing exam-content, not the code.
 */
@Entity
@Table(name = "certification_scheme")
public class CertificationScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_seq")
    @SequenceGenerator(name = "content_seq", sequenceName = "content_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    private String name;
    private String register;
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scheme_title", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    private List<NamedCode> titles = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scheme_legal_domain", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    private List<NamedCode> legalDomains = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scheme_admission_theme", joinColumns = @JoinColumn(name = "scheme_id"))
    @Column(name = "theme_code")
    private Set<String> admissionThemes = new LinkedHashSet<>();

    @Embedded
    private AdmissionRequirements admission;

    @Embedded
    private WrittenExamRules written;

    @Embedded
    private OralExamRules oral;

    @Version
    private long version;

    protected CertificationScheme() {}

    public CertificationScheme(String code) {
        this.code = Objects.requireNonNull(code);
    }

    public boolean apply(
            String newName,
            String newRegister,
            List<NamedCode> newTitles,
            List<NamedCode> newDomains,
            Set<String> newAdmissionThemes,
            AdmissionRequirements newAdmission,
            WrittenExamRules newWritten,
            OralExamRules newOral) {
        boolean changed = !active
                || !Objects.equals(name, newName)
                || !Objects.equals(register, newRegister)
                || !List.copyOf(titles).equals(newTitles)
                || !List.copyOf(legalDomains).equals(newDomains)
                || !Set.copyOf(admissionThemes).equals(Set.copyOf(newAdmissionThemes))
                || !Objects.equals(admission, newAdmission)
                || !Objects.equals(written, newWritten)
                || !Objects.equals(oral, newOral);
        if (changed) {
            name = newName;
            register = newRegister;
            titles.clear();
            titles.addAll(newTitles);
            legalDomains.clear();
            legalDomains.addAll(newDomains);
            admissionThemes.clear();
            admissionThemes.addAll(newAdmissionThemes);
            admission = newAdmission;
            written = newWritten;
            oral = newOral;
            active = true;
        }
        return changed;
    }

    public boolean withdraw() {
        boolean changed = active;
        active = false;
        return changed;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String register() {
        return register;
    }

    public List<NamedCode> titles() {
        return List.copyOf(titles);
    }

    public List<NamedCode> legalDomains() {
        return List.copyOf(legalDomains);
    }

    public Set<String> admissionThemes() {
        return Set.copyOf(admissionThemes);
    }

    public AdmissionRequirements admission() {
        return admission;
    }

    public WrittenExamRules written() {
        return written;
    }

    public OralExamRules oral() {
        return oral;
    }

    public boolean isActive() {
        return active;
    }
}
