package nl.examenkamer.content.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentViews;
import nl.examenkamer.content.ItemBank;
import nl.examenkamer.content.ItemFilter;
import nl.examenkamer.content.ItemStatus;
import nl.examenkamer.content.ItemViews;
import nl.examenkamer.content.NamedCode;

/** The board browses and filters the item bank. */
@Named
@ViewScoped
public class ItemBankView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ItemBank itemBank;

    @Inject
    private ContentCatalog catalog;

    private String theme;
    private String legalDomain;
    private String title;
    private ItemStatus status;
    private boolean onlyNeedsReview;
    private String text;
    private List<ItemViews.Summary> items;

    public List<ItemViews.Summary> getItems() {
        if (items == null) {
            items = itemBank.find(
                    new ItemFilter(theme, legalDomain, title, status, onlyNeedsReview ? Boolean.TRUE : null, text));
        }
        return items;
    }

    public void filter() {
        items = null;
    }

    public List<ContentViews.ThemeView> getThemes() {
        return catalog.themes();
    }

    public List<String> getLegalDomains() {
        return catalog.legalDomains().stream().map(NamedCode::code).distinct().toList();
    }

    public List<String> getTitles() {
        return catalog.titles().stream().map(ContentViews.TitleView::code).toList();
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getLegalDomain() {
        return legalDomain;
    }

    public void setLegalDomain(String legalDomain) {
        this.legalDomain = legalDomain;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public boolean isOnlyNeedsReview() {
        return onlyNeedsReview;
    }

    public void setOnlyNeedsReview(boolean onlyNeedsReview) {
        this.onlyNeedsReview = onlyNeedsReview;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
