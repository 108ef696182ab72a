package nl.examenkamer.written.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.InzageService;
import nl.examenkamer.written.InzageViews;

/** The candidate reads their own exam during their inspection window; outside it the page says why not. */
@Named
@RequestScoped
public class InzageView {

    @Inject
    private InzageService service;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private String session;
    private InzageViews.Sheet sheet;
    private String problem;

    /** {@code f:viewAction}: reads the exam, or says why it cannot be read now. */
    public void load() {
        if (session == null || session.isBlank()) {
            problem = messages.text("session.notChosen");
            return;
        }
        try {
            sheet = service.read(caller.name(), session);
        } catch (RuleViolation violation) {
            problem = messages.text(violation);
        }
    }

    public InzageViews.Sheet getSheet() {
        return sheet;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    /** Why the page has nothing to show (nothing chosen, or not found), or null when it has. */
    public String getProblem() {
        return problem;
    }
}
