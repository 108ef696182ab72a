package nl.examenkamer.written.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.Moments;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.InzageService;
import nl.examenkamer.written.InzageViews;

/**
 * The inspection requests on a published session's page, and planning a candidate's window: a day
 * and two times, Dutch time. The page renders it only once the session is published.
 */
@Named
@ViewScoped
public class InzagePlanningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InzageService inzage;

    @Inject
    private PageMessages messages;

    @Inject
    private Moments moments;

    private String code;
    private transient List<InzageViews.Request> requests;
    private transient InzageViews.Terms terms;
    private String candidateNumber;
    private LocalDate date;
    private LocalTime from = LocalTime.of(10, 0);
    private LocalTime until = LocalTime.of(11, 0);

    public List<InzageViews.Request> getRequests() {
        if (requests == null && code != null) {
            requests = inzage.requests(code);
        }
        return requests;
    }

    /** Until when candidates may ask, and how long a window may be: the session's and the scheme's terms. */
    public String getExplanation() {
        if (terms == null) {
            terms = inzage.terms(code);
        }
        return messages.text(
                "inzage.board.explain", moments.dateTime(terms.requestDeadline()), terms.longestWindowDays());
    }

    /** Opens the dialog to plan (or move) this candidate's inspection: on its day, or tomorrow. */
    public void choose(InzageViews.Request request) {
        candidateNumber = request.candidateNumber();
        date = request.opensAt() == null
                ? moments.today().plusDays(1)
                : request.opensAt().atZone(SessionsView.DUTCH_TIME).toLocalDate();
    }

    public String plan() {
        if (date == null || from == null || until == null) {
            messages.error("inzage.window.required");
            return null;
        }
        try {
            InzageViews.Request planned = inzage.plan(
                    code,
                    candidateNumber,
                    date.atTime(from).atZone(SessionsView.DUTCH_TIME).toInstant(),
                    date.atTime(until).atZone(SessionsView.DUTCH_TIME).toInstant());
            messages.info(
                    "inzage.planned",
                    planned.candidateNumber(),
                    moments.dateTime(planned.opensAt()),
                    moments.dateTime(planned.closesAt()));
            return SessionDetailView.page(code);
        } catch (RuleViolation violation) {
            messages.show(violation);
            return null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCandidateNumber() {
        return candidateNumber;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getUntil() {
        return until;
    }

    public void setUntil(LocalTime until) {
        this.until = until;
    }
}
