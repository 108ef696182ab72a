package nl.examenkamer.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentViews;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.curriculum.ModuleView;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;

/** A provider's modules: the list, adding one, and revising one (its code and theme stay). */
@Named
@ViewScoped
public class ModulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private List<ModuleView> modules;
    private List<ContentViews.ThemeView> themes;

    /** The code of the module being revised; null while adding a new one. */
    private String editing;

    /** The version of that module the form was filled from: a save of an older one is refused. */
    private Long editingVersion;

    private String code;
    private String title;
    private String theme;
    private String contactHours;
    private String studyLoadHours;
    private List<String> outcomes = new ArrayList<>();

    public void save() {
        try {
            if (editing == null) {
                ModuleView created = curriculum.createModule(
                        caller.requireProviderCode(),
                        code,
                        title,
                        theme,
                        contactHours,
                        studyLoadHours,
                        new HashSet<>(outcomes));
                messages.info("module.created", created.code());
            } else {
                curriculum.reviseModule(
                        caller.requireProviderCode(),
                        editing,
                        editingVersion,
                        title,
                        contactHours,
                        studyLoadHours,
                        new HashSet<>(outcomes));
                messages.info("module.revised", editing);
            }
            clear();
            modules = null;
        } catch (RuleViolation violation) {
            messages.show(violation);
            if (violation.kind() == RuleViolation.Kind.CHANGED_MEANWHILE) {
                // the message shows what is stored now; what was typed stays, and saving it again is a choice
                editingVersion = curriculum
                        .moduleOf(caller.requireProviderCode(), editing)
                        .version();
                modules = null;
            }
        } catch (ConstraintViolationException invalid) {
            messages.show(invalid);
        }
    }

    /** Fills the form from the module as stored now, not as the list showed it when the page opened. */
    public void edit(ModuleView listed) {
        ModuleView module = curriculum.moduleOf(caller.requireProviderCode(), listed.code());
        editing = module.code();
        editingVersion = module.version();
        code = module.code();
        title = module.title();
        theme = module.theme();
        contactHours = module.contactHours();
        studyLoadHours = module.studyLoadHours();
        outcomes = new ArrayList<>(module.outcomes());
    }

    public void clear() {
        editing = null;
        editingVersion = null;
        code = null;
        title = null;
        theme = null;
        contactHours = null;
        studyLoadHours = null;
        outcomes = new ArrayList<>();
    }

    public List<ModuleView> getModules() {
        if (modules == null) {
            modules = curriculum.modulesOf(caller.requireProviderCode());
        }
        return modules;
    }

    public List<ContentViews.ThemeView> getThemes() {
        if (themes == null) {
            themes = catalog.themes();
        }
        return themes;
    }

    /** The learning outcomes of the chosen theme, to tick the ones the module covers. */
    public List<ContentViews.OutcomeView> getThemeOutcomes() {
        return getThemes().stream()
                .filter(t -> t.code().equals(theme))
                .findFirst()
                .map(ContentViews.ThemeView::outcomes)
                .orElse(List.of());
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getContactHours() {
        return contactHours;
    }

    public void setContactHours(String contactHours) {
        this.contactHours = contactHours;
    }

    public String getStudyLoadHours() {
        return studyLoadHours;
    }

    public void setStudyLoadHours(String studyLoadHours) {
        this.studyLoadHours = studyLoadHours;
    }

    public List<String> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<String> outcomes) {
        this.outcomes = outcomes == null ? new ArrayList<>() : new ArrayList<>(outcomes);
    }
}
