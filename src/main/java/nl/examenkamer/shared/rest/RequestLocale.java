package nl.examenkamer.shared.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;

/** The language of an API answer: the caller's {@code Accept-Language}, Dutch by default. */
public final class RequestLocale {

    private RequestLocale() {}

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Messages.DUTCH;
        }
        List<Locale> acceptable = headers.getAcceptableLanguages();
        for (Locale locale : acceptable) {
            if (!"*".equals(locale.getLanguage())
                    && Messages.supported(locale).getLanguage().equals(locale.getLanguage())) {
                return Messages.supported(locale);
            }
        }
        return Messages.DUTCH;
    }
}
