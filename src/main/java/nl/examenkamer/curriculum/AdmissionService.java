package nl.examenkamer.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.examenkamer.content.AdmissionRequirements;
import nl.examenkamer.content.CertificationScheme;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentViews;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.identity.CandidateSummary;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Admission status as far as the curriculum goes: the scheme's rule (from exam-content, read at
 * every call, so an import that changes the rule changes every status) applied to each
 * candidate's counting hours.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdmissionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private CandidateRegistry candidates;

    @Inject
    @ConfigProperty(name = "examenkamer.scheme", defaultValue = "rnvc-casemanager")
    private String schemeCode;

    /** One candidate's status with the names of the themes, for the pages. */
    public record CandidateAdmission(CandidateSummary candidate, AdmissionStatus status, Map<String, String> themeNames)
            implements Serializable {

        public CandidateAdmission {
            themeNames = Collections.unmodifiableMap(new LinkedHashMap<>(themeNames));
        }
    }

    public AdmissionRule rule() {
        CertificationScheme scheme = catalog.scheme(schemeCode)
                .orElseThrow(() ->
                        new IllegalStateException("scheme " + schemeCode + " is not in the imported exam-content"));
        Map<String, String> names = new HashMap<>();
        for (ContentViews.ThemeView theme : catalog.themes()) {
            names.put(theme.code(), theme.name());
        }
        List<AdmissionRule.Theme> themes = new ArrayList<>();
        for (String code : orderedThemes(scheme)) {
            themes.add(new AdmissionRule.Theme(code, names.getOrDefault(code, code)));
        }
        AdmissionRequirements requirements = scheme.admission();
        return new AdmissionRule(
                Hours.of(requirements.minContactHours()),
                Hours.of(requirements.minStudyLoadHours()),
                Hours.of(requirements.minThemeContactHours()),
                themes);
    }

    public CandidateAdmission statusOf(CandidateNumber number) {
        Candidate candidate =
                candidates.find(number).orElseThrow(() -> RuleViolation.notFound("candidate.notFound", number.value()));
        return admissionOf(candidate);
    }

    public Optional<CandidateAdmission> statusOfAccount(String username) {
        return candidates.findByAccount(username).map(this::admissionOf);
    }

    /**
     * The board's list (or, with a provider code, that provider's candidates), filtered. Reads each
     * candidate's summarised hours: a handful of rows per candidate, however many records there are.
     */
    public List<AdmissionRow> list(AdmissionFilter filter) {
        AdmissionRule rule = rule();
        Map<Long, Map<String, ThemeHours>> hours = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select h.candidateId, h.theme, h.contactHours, h.studyLoadHours from CandidateHours h",
                        Object[].class)
                .getResultList()) {
            ThemeHours themeHours =
                    new ThemeHours((String) row[1], Hours.of((BigDecimal) row[2]), Hours.of((BigDecimal) row[3]));
            hours.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put(themeHours.theme(), themeHours);
        }
        Set<Long> ofProvider = null;
        if (filter.providerCode() != null && !filter.providerCode().isBlank()) {
            ofProvider = new HashSet<>(em.createQuery(
                            "select pc.candidateId from ProviderCandidate pc, ProviderOrganisation p"
                                    + " where pc.providerId = p.id and p.code = :code",
                            Long.class)
                    .setParameter("code", filter.providerCode().strip().toUpperCase(Locale.ROOT))
                    .getResultList());
        }
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().strip().toLowerCase(Locale.ROOT);
        List<AdmissionRow> rows = new ArrayList<>();
        for (Object[] candidate : em.createQuery(
                        "select c.id, c.number, c.fullName from Candidate c order by c.number", Object[].class)
                .getResultList()) {
            Long id = (Long) candidate[0];
            String number = (String) candidate[1];
            String name = (String) candidate[2];
            if (ofProvider != null && !ofProvider.contains(id)) {
                continue;
            }
            if (text != null
                    && !number.toLowerCase(Locale.ROOT).contains(text)
                    && !name.toLowerCase(Locale.ROOT).contains(text)) {
                continue;
            }
            AdmissionStatus status = rule.evaluate(hours.getOrDefault(id, Map.of()));
            if (filter.admitted() == null || filter.admitted() == status.admitted()) {
                rows.add(new AdmissionRow(number, name, status));
            }
        }
        return rows;
    }

    private CandidateAdmission admissionOf(Candidate candidate) {
        AdmissionRule rule = rule();
        Map<String, ThemeHours> hours = new LinkedHashMap<>();
        em.createQuery("select h from CandidateHours h where h.candidateId = :id", CandidateHours.class)
                .setParameter("id", candidate.id())
                .getResultList()
                .forEach(row -> hours.put(row.hours().theme(), row.hours()));
        Map<String, String> names = new LinkedHashMap<>();
        rule.themes().forEach(theme -> names.put(theme.code(), theme.name()));
        return new CandidateAdmission(CandidateSummary.of(candidate), rule.evaluate(hours), names);
    }

    private List<String> orderedThemes(CertificationScheme scheme) {
        List<String> ordered = new ArrayList<>();
        for (ContentViews.ThemeView theme : catalog.themes()) {
            if (scheme.admissionThemes().contains(theme.code())) {
                ordered.add(theme.code());
            }
        }
        return ordered;
    }
}
