package nl.examenkamer.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * For a field where hours are typed as text: shows the stored "7.5" as the page's language writes
 * it and hands what was typed to the view as the services read it ({@link HoursText}).
 */
@FacesConverter("hoursInput")
public class HoursInputConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String typed) {
        return HoursText.typed(typed, context.getViewRoot().getLocale());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String hours) {
        return HoursText.shown(hours, context.getViewRoot().getLocale());
    }
}
