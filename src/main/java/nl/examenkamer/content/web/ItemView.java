package nl.examenkamer.content.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import nl.examenkamer.content.ItemBank;
import nl.examenkamer.content.ItemViews;
import nl.examenkamer.web.PageMessages;

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
    private Integer version;
    private ItemViews.Detail item;
    private ItemViews.Version shown;

    /** {@code f:viewAction}: loads the item and the version asked for (the current one by default). */
    public void load() throws IOException {
        if (code == null || code.isBlank()) {
            messages.error("items.notChosen");
            return;
        }
        item = itemBank.item(code).orElse(null);
        if (item == null) {
            messages.error("items.notFound", code);
            return;
        }
        shown = version == null || version == item.current().versionNo()
                ? item.current()
                : itemBank.version(code, version).orElse(item.current());
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

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
