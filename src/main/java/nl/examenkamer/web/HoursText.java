package nl.examenkamer.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import nl.examenkamer.shared.Hours;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.Reason;

/**
 * Hours as the page's language writes them: "7,5" on a Dutch page, "7.5" on an English one, never
 * with a thousands separator. A Dutch page also takes "7,5" typed; CSV files and the API keep the
 * decimal point, where a comma would be ambiguous (see {@link Hours}).
 */
@Named
@ApplicationScoped
public class HoursText {

    @Inject
    private LocaleSelection localeSelection;

    /** Hours, or a number of hours as a plain text ("57.5"), for the page; anything else as it is. */
    public String of(Object hours) {
        return shown(hours, localeSelection.getLocale());
    }

    /**
     * A rule's reason about hours ("57.5 of 60 contact hours") with its numbers written like the
     * rest of the page. Only for reasons whose numbers are all hours: a reason that quotes what a
     * file said must keep it as written.
     */
    public String inReason(Reason reason) {
        return inReason(reason, localeSelection.getLocale());
    }

    static String inReason(Reason reason, Locale locale) {
        Object[] arguments = reason.arguments().stream()
                .map(argument -> shown(argument, locale))
                .toArray();
        return Messages.text(locale, reason.key(), arguments);
    }

    static String shown(Object hours, Locale locale) {
        BigDecimal number = number(hours);
        if (number == null) {
            return hours == null ? "" : hours.toString();
        }
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(number);
    }

    /**
     * What a person typed, as the services read it: on a Dutch page a decimal comma becomes a point.
     * A text with both or with more than one comma is left alone, for the service to refuse by name.
     */
    static String typed(String text, Locale locale) {
        if (text == null || !"nl".equals(locale.getLanguage())) {
            return text;
        }
        boolean oneComma = text.indexOf(',') >= 0 && text.indexOf(',') == text.lastIndexOf(',');
        return oneComma && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
    }

    private static BigDecimal number(Object hours) {
        if (hours instanceof Hours h) {
            return h.value();
        }
        if (hours instanceof BigDecimal b) {
            return b;
        }
        if (hours instanceof String s && !s.isBlank()) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }
}
