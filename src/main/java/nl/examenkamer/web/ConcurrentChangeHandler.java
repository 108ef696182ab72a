package nl.examenkamer.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Logger;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.persistence.LostRace;

/**
 * A page's action whose commit lost a race with another change of the same row (two people saving
 * one module at once) stays on its page and says so, with what the person typed still in the form.
 * Any other failure goes on to the error page, with an incident number ({@link AjaxIncidentHandler}).
 */
public class ConcurrentChangeHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ConcurrentChangeHandler.class.getName());

    ConcurrentChangeHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> queued =
                getUnhandledExceptionQueuedEvents().iterator();
        while (queued.hasNext()) {
            Throwable failure = queued.next().getContext().getException();
            if (LostRace.isCauseOf(failure)) {
                queued.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                LOG.info(() -> "A change lost a race on " + faces.getViewRoot().getViewId() + ": " + failure);
                Locale locale = faces.getViewRoot().getLocale();
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR, Messages.text(locale, "page.concurrentChange"), null));
                faces.validationFailed();
            }
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ConcurrentChangeHandler(getWrapped().getExceptionHandler());
        }
    }
}
