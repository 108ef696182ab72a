package nl.examenkamer.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.shared.Messages;

/**
 * The language of the pages for this session: Dutch unless the user switched to English (or chose
 * English in an earlier session, which the account remembers).
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = initialLocale();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isDutch() {
        return Messages.DUTCH.getLanguage().equals(getLanguage());
    }

    public void switchTo(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        Principal user = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        if (user != null) {
            accounts.preferLanguage(user.getName(), locale);
        }
    }

    /** Called after log-in: the account's own preference, if it has one, wins. */
    public void applyPreferenceOf(String username) {
        accounts.preferredLanguage(username).ifPresent(preferred -> locale = Messages.supported(preferred));
    }

    private Locale initialLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        // Without an Accept-Language header the container reports its own default language.
        if (faces != null && faces.getExternalContext().getRequestHeaderMap().get("Accept-Language") != null) {
            Locale requested = faces.getExternalContext().getRequestLocale();
            if (requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Messages.DUTCH;
    }
}
