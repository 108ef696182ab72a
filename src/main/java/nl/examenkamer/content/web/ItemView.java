package nl.examenkamer.content.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalLong;
import nl.examenkamer.content.ItemBank;
import nl.examenkamer.content.ItemViews;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.web.PageParameter;

/** One item for the board: its case, key, rationale and sources, and any of its versions. */
@Named
@ViewScoped
public class ItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ItemBank itemBank;

    @Inject
    private PageMessages messages;

    private String code;
    private String version;
    private ItemViews.Detail item;
    private ItemViews.Version shown;
    private String problem;

    /**
     * {@code f:viewAction}: loads the item and the version asked for; the current one when none is
     * asked for or the one asked for does not exist (the page says which version it shows).
     */
    public void load() throws IOException {
        if (PageParameter.missing(code)) {
            problem = messages.text("items.notChosen");
            return;
        }
        item = itemBank.item(code).orElse(null);
        if (item == null) {
            problem = messages.text("items.notFound", code);
            return;
        }
        OptionalLong asked = PageParameter.number(version);
        shown = asked.isEmpty()
                ? item.current()
                : itemBank.version(code, (int) Math.min(asked.getAsLong(), Integer.MAX_VALUE))
                        .orElse(item.current());
    }

    public boolean isCurrentShown() {
        return shown != null
                && item != null
                && shown.versionNo() == item.current().versionNo();
    }

    public ItemViews.Detail getItem() {
        return item;
    }

    public ItemViews.Version getShown() {
        return shown;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    /** Why the page has nothing to show (nothing chosen, or not found), or null when it has. */
    public String getProblem() {
        return problem;
    }
}
