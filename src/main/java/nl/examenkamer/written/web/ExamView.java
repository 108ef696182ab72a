package nl.examenkamer.written.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.AttemptForm;
import nl.examenkamer.written.AttemptService;
import nl.examenkamer.written.ExamResult;
import nl.examenkamer.written.InzageService;
import nl.examenkamer.written.InzageViews;
import nl.examenkamer.written.ItemShape;
import nl.examenkamer.written.ResultService;
import nl.examenkamer.written.SessionStatus;

/**
 * The candidate's exam page for one session: the access code before the start, the form while the
 * attempt runs (answers are then saved by the page's script, not by this bean), and afterwards the
 * state of the attempt and, once published, the result per theme. The form is rendered once per
 * visit and is transient: it never travels with the replicated session.
 */
@Named
@ViewScoped
public class ExamView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttemptService attempts;

    @Inject
    private ResultService results;

    @Inject
    private InzageService inzageService;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private String session;
    private String accessCode;
    private ExamResult exam;
    private transient AttemptForm form;
    private InzageViews.Mine inzage;
    private String problem;
    private String inzageNote;

    public void load() {
        if (session == null || session.isBlank()) {
            problem = messages.text("session.notChosen");
            return;
        }
        exam = results.mine(caller.name(), session).orElse(null);
        if (exam == null) {
            problem = messages.text("attempt.notEnrolled", session);
            return;
        }
        try {
            form = attempts.enter(session, caller.name()).orElse(null);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public String start() {
        try {
            attempts.start(session, caller.name(), accessCode);
        } catch (RuleViolation violation) {
            messages.show(violation); // kept across the redirect
        }
        return "/candidate/exam?faces-redirect=true&session=" + session;
    }

    /** After publication: whether the candidate may ask for an inspection, or where it stands. */
    public InzageViews.Mine getInzage() {
        if (inzage == null && isPublished()) {
            inzage = inzageService.mine(caller.name(), session);
        }
        return inzage;
    }

    public String requestInzage() {
        try {
            inzageService.request(caller.name(), session, inzageNote);
            messages.info("inzage.requested");
        } catch (RuleViolation violation) {
            messages.show(violation); // kept across the redirect
        }
        return "/candidate/exam?faces-redirect=true&session=" + session;
    }

    public String getInzageNote() {
        return inzageNote;
    }

    public void setInzageNote(String inzageNote) {
        this.inzageNote = inzageNote;
    }

    /** The letter shown before an option: by position on the page, not the option's own label. */
    public String letter(int index) {
        return ItemShape.letter(index);
    }

    public String apiBase() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/attempts/";
    }

    public boolean isRunning() {
        return form != null;
    }

    public boolean isWaitingForStart() {
        return form == null && exam != null && exam.canStart() && exam.attemptStatus() == null;
    }

    /** The session closed without the candidate ever starting: there is no result and nothing to inspect. */
    public boolean isMissed() {
        return form == null
                && exam != null
                && exam.attemptStatus() == null
                && exam.sessionStatus() != SessionStatus.SCHEDULED;
    }

    public boolean isEnded() {
        return form == null
                && exam != null
                && exam.attemptStatus() != null
                && exam.attemptStatus().finished();
    }

    public boolean isPublished() {
        return exam != null && exam.published() && exam.attemptStatus() != null;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public void setAccessCode(String accessCode) {
        this.accessCode = accessCode;
    }

    public ExamResult getExam() {
        return exam;
    }

    public AttemptForm getForm() {
        return form;
    }

    /** Why the page has nothing to show (nothing chosen, or not found), or null when it has. */
    public String getProblem() {
        return problem;
    }
}
