package nl.examenkamer.written;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a written session waits for from the exam board, for the board's home page: watching it
 * while candidates start, closing it once the window has passed, publishing its results, planning
 * the inspections asked for. A session that waits for nothing has no task.
 */
public record SessionTask(String code, String name, Kind kind, long count) {

    /** In the order a board member should deal with them: what is running before what can wait. */
    public enum Kind {
        WATCH,
        CLOSE,
        PUBLISH,
        PLAN_INZAGE
    }

    /** The tasks of these sessions, with per session code the inspection requests without a window. */
    public static List<SessionTask> of(List<SessionView> sessions, Map<String, Long> inzageToPlan) {
        List<SessionTask> tasks = new ArrayList<>();
        for (SessionView session : sessions) {
            Kind kind =
                    switch (session.phase()) {
                        case START_WINDOW_OPEN -> Kind.WATCH;
                        case START_WINDOW_PASSED -> Kind.CLOSE;
                        case CLOSED -> Kind.PUBLISH;
                        case PLANNED, PUBLISHED -> null;
                    };
            if (kind != null) {
                tasks.add(new SessionTask(session.code(), session.name(), kind, session.enrolled()));
            }
            long requests = inzageToPlan.getOrDefault(session.code(), 0L);
            if (requests > 0) {
                tasks.add(new SessionTask(session.code(), session.name(), Kind.PLAN_INZAGE, requests));
            }
        }
        tasks.sort(Comparator.comparing(SessionTask::kind));
        return List.copyOf(tasks);
    }
}
