package nl.examenkamer.content.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.examenkamer.content.ContentCatalog;

/**
 * A curriculum theme's name for its code ("Wettelijk kader" for {@code wettelijk-kader}), for pages that
 * show an item's, a blueprint cell's or a module's theme. Read once per request.
 */
@Named
@RequestScoped
public class ThemeNames {

    @Inject
    private ContentCatalog catalog;

    private Map<String, String> names;

    /** The theme's name, or the code itself for a theme no longer in the curriculum. */
    public String name(String code) {
        if (names == null) {
            names = catalog.themeNames();
        }
        return names.getOrDefault(code, code);
    }
}
