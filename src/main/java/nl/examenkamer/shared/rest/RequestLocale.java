package nl.examenkamer.shared.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.examenkamer.shared.Messages;

/** The language of an API answer: the caller's {@code Accept-Language}, Dutch by default. */
public final class RequestLocale {

    private RequestLocale() {}

    public static Locale of(HttpHeaders headers) {
        return headers == null ? Messages.DUTCH : of(headers.getAcceptableLanguages());
    }

    /** For a request served outside JAX-RS: the servlet's own locales stand in for a missing header. */
    public static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Messages.DUTCH
                : of(Collections.list(request.getLocales()));
    }

    private static Locale of(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (!"*".equals(locale.getLanguage())
                    && Messages.supported(locale).getLanguage().equals(locale.getLanguage())) {
                return Messages.supported(locale);
            }
        }
        return Messages.DUTCH;
    }
}
