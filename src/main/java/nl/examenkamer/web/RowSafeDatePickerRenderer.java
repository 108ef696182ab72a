package nl.examenkamer.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.api.UICalendar;
import org.primefaces.component.datepicker.DatePickerRenderer;

/**
 * PrimeFaces' date picker remembers a failed conversion in a plain field of the component, and a
 * table renders all its rows with one component. After one row's unreadable date ("1 april"), every
 * later row of the provider's entry table came back with today's date filled in, and the next save
 * was refused for rows the provider had left empty. The flag now holds only for a row whose own
 * input failed: validity is kept per row, the flag is not.
 */
public class RowSafeDatePickerRenderer extends DatePickerRenderer {

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        UICalendar calendar = (UICalendar) component;
        if (calendar.isValid()) {
            calendar.setConversionFailed(false);
        }
        super.encodeEnd(context, component);
    }
}
