package nl.examenkamer.written.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.examenkamer.written.ExamSessionService;
import nl.examenkamer.written.InzageService;
import nl.examenkamer.written.SessionTask;

/** The written sessions that wait for the exam board, on the board's home page. */
@Named
@RequestScoped
public class SessionTasksView {

    @Inject
    private ExamSessionService sessions;

    @Inject
    private InzageService inzage;

    private List<SessionTask> tasks;

    public List<SessionTask> getTasks() {
        if (tasks == null) {
            Map<String, Long> inzageToPlan = inzage.toPlanBySession();
            tasks = SessionTask.of(sessions.unpublishedAnd(inzageToPlan.keySet()), inzageToPlan);
        }
        return tasks;
    }
}
