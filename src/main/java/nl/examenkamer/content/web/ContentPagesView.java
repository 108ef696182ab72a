package nl.examenkamer.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentViews;

/** Read-only board pages: blueprint coverage, curriculum themes and the register of legal sources. */
@Named
@RequestScoped
public class ContentPagesView {

    @Inject
    private ContentCatalog catalog;

    private List<ContentViews.BlueprintCoverage> coverage;

    public List<ContentViews.BlueprintCoverage> getCoverage() {
        if (coverage == null) {
            coverage = catalog.coverage();
        }
        return coverage;
    }

    public List<ContentViews.ThemeView> getThemes() {
        return catalog.themes();
    }

    /** A theme's outcomes grouped by level, in the order basis, CROV, RCCM, RCMT. */
    public Map<String, List<ContentViews.OutcomeView>> outcomesByLevel(ContentViews.ThemeView theme) {
        return theme.outcomes().stream()
                .collect(Collectors.groupingBy(
                        ContentViews.OutcomeView::level,
                        () -> new TreeMap<>((a, b) -> rank(a) - rank(b)),
                        Collectors.toList()));
    }

    public List<String> levels(ContentViews.ThemeView theme) {
        return List.copyOf(outcomesByLevel(theme).keySet());
    }

    public List<ContentViews.LegalSourceView> getLegalSources() {
        return catalog.legalSources();
    }

    private static final List<String> LEVEL_ORDER = List.of("BASIS", "CROV", "RCCM", "RCMT");

    private static int rank(String level) {
        int index = LEVEL_ORDER.indexOf(level);
        return index < 0 ? LEVEL_ORDER.size() : index;
    }
}
