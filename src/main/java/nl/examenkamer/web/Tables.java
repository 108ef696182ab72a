package nl.examenkamer.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Small things pages do with their tables. */
public final class Tables {

    private Tables() {}

    /** A new search starts at the first page, not at the page the previous results were on. */
    public static void toFirstPage(String tableClientId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }
}
