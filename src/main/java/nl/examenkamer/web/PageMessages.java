package nl.examenkamer.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.Violations;

/** Shows texts from the message bundle as Faces messages, in the language of the page. */
@RequestScoped
public class PageMessages {

    @Inject
    private LocaleSelection localeSelection;

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, text(key, arguments));
    }

    /** Done, with a consequence the user must know about. */
    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, null, text(key, arguments));
    }

    /** An error; it also marks the request as failed, so that a dialog can stay open ({@code args.validationFailed}). */
    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, text(key, arguments));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void errorFor(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, text(key, arguments));
    }

    /** A refused rule shown at the field it is about. */
    public void errorFor(String clientId, RuleViolation violation) {
        errorFor(clientId, violation.messageKey(), violation.arguments());
    }

    /** A rule the service refused, explained in the user's language. */
    public void show(RuleViolation violation) {
        error(violation.messageKey(), violation.arguments());
    }

    /** Bean Validation failures of a service call, one message per field. */
    public void show(ConstraintViolationException exception) {
        Locale locale = localeSelection.getLocale();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            add(FacesMessage.SEVERITY_ERROR, null, Violations.message(violation, locale));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A refused rule as a sentence, for a page that shows it in place of what it could not load. */
    public String text(RuleViolation violation) {
        return text(violation.messageKey(), violation.arguments());
    }

    public String text(String key, Object... arguments) {
        return Messages.text(localeSelection.getLocale(), key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
