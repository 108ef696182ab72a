package nl.examenkamer.content.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentViews;

/** The board browses the competence framework of each title and the rating scale. */
@Named
@ViewScoped
public class FrameworksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ContentCatalog catalog;

    private String title;

    public List<ContentViews.TitleView> getTitles() {
        return catalog.titles();
    }

    public List<ContentViews.CompetenceView> getCompetences() {
        return catalog.framework(getTitle());
    }

    public List<ContentViews.ScaleView> getScales() {
        return catalog.ratingScales();
    }

    public String getTitle() {
        if (title == null && !getTitles().isEmpty()) {
            title = getTitles().get(0).code();
        }
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
