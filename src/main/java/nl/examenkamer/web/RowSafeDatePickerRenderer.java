package nl.examenkamer.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.json.Json;
import java.io.IOException;
import org.primefaces.component.api.UICalendar;
import org.primefaces.component.datepicker.DatePickerRenderer;

/**
 * Two things PrimeFaces' date picker does wrong after a date it could not read ("1 april").
 *
 * <p>It remembers the failed conversion in a plain field of the component, and a table renders all
 * its rows with one component: every later row of the provider's entry table came back with today's
 * date filled in, and the next save was refused for rows the provider had left empty. The flag now
 * holds only for a row whose own input failed: validity is kept per row, the flag is not.
 *
 * <p>Its script empties the field it cannot read when the page is drawn again, so the message named
 * a text ("'1 april' is geen geldige datum") that was no longer there to correct. A short script
 * after the picker's own puts the typed text back.
 */
public class RowSafeDatePickerRenderer extends DatePickerRenderer {

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        UICalendar calendar = (UICalendar) component;
        if (calendar.isValid()) {
            calendar.setConversionFailed(false);
        }
        super.encodeEnd(context, component);
        if (!calendar.isValid() && calendar.getSubmittedValue() instanceof String typed && !typed.isEmpty()) {
            keepTyped(context.getResponseWriter(), component.getClientId(context) + "_input", typed);
        }
    }

    private static void keepTyped(ResponseWriter writer, String inputId, String typed) throws IOException {
        writer.startElement("script", null);
        writer.write("document.getElementById(" + jsString(inputId) + ").value = " + jsString(typed) + ";");
        writer.endElement("script");
    }

    /** A JavaScript string literal that cannot end the script element it stands in. */
    static String jsString(String text) {
        return Json.createValue(text).toString().replace("<", "\\u003c");
    }
}
