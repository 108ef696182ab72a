package nl.examenkamer.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import nl.examenkamer.shared.Incident;
import nl.examenkamer.shared.Messages;

/**
 * A failure in a page's ajax request (paging a table, saving a form, the proctor's live view
 * refreshing) is logged under an incident number, and the page stays as it was, with what the
 * person typed, and shows that number until it is closed. Left to Faces, the answer was an error
 * element in the partial response that PrimeFaces only writes to the browser's console: the button
 * did nothing, and nobody could say what went wrong. A session that ended still goes to the log-in
 * page (web.xml).
 */
public class AjaxIncidentHandler extends ExceptionHandlerWrapper {

    AjaxIncidentHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            String incident = null;
            Iterator<ExceptionQueuedEvent> queued =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                Throwable failure = queued.next().getContext().getException();
                if (!endedSession(failure)) {
                    queued.remove();
                    incident = Incident.record(failure, where(faces));
                }
            }
            if (incident != null) {
                tellPage(faces, incident);
            }
        }
        getWrapped().handle();
    }

    private static boolean endedSession(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static String where(FacesContext faces) {
        return faces.getViewRoot() == null
                ? faces.getExternalContext().getRequestServletPath()
                : faces.getViewRoot().getViewId();
    }

    /**
     * Answers with a script that shows the incident number in the page's messages, or opens the
     * error page with it where a page has none. Written by hand: the partial response writer,
     * caught half-way, would close elements it never opened in what was reset, and PrimeFaces
     * refuses an answer that is not well-formed.
     */
    private static void tellPage(FacesContext faces, String incident) {
        ExternalContext external = faces.getExternalContext();
        if (external.isResponseCommitted()) {
            return; // too late to change the answer: the incident is in the log all the same
        }
        Locale locale = faces.getViewRoot() == null
                ? Messages.DUTCH
                : faces.getViewRoot().getLocale();
        String text = Messages.text(locale, "page.incident", incident);
        String errorPage = external.getRequestContextPath() + "/error?incident=" + incident;
        String script = "if (window.Examenkamer) { Examenkamer.incident(" + Json.createValue(text) + ", "
                + Json.createValue(errorPage) + "); } else { window.location.href = " + Json.createValue(errorPage)
                + "; }";
        external.responseReset();
        external.setResponseContentType("text/xml");
        external.setResponseCharacterEncoding("UTF-8");
        external.addResponseHeader("Cache-Control", "no-cache");
        try {
            external.getResponseOutputWriter()
                    .write("<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><changes><eval><![CDATA[" + script
                            + "]]></eval></changes></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AjaxIncidentHandler(getWrapped().getExceptionHandler());
        }
    }
}
