package nl.examenkamer.written;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.examenkamer.content.CutScoreMethod;

/**
 * A session as the board's pages and API show it; the cut score is the one in force, by its method.
 * Once published: when, and until when its candidates may ask for an inspection.
 */
public record SessionView(
        String code,
        String name,
        String title,
        String blueprintCode,
        LocalDate examDate,
        Instant windowStart,
        Instant windowEnd,
        int durationMinutes,
        int itemCount,
        CutScoreMethod cutScoreMethod,
        BigDecimal cutScorePercentage,
        int defaultExtraPercentage,
        String location,
        int capacity,
        long enrolled,
        String accessCode,
        SessionStatus status,
        SessionPhase phase,
        Instant publishedAt,
        Instant inzageRequestUntil)
        implements Serializable {

    static SessionView of(ExamSession session, long enrolled, Instant now) {
        return new SessionView(
                session.code(),
                session.name(),
                session.title(),
                session.blueprintCode(),
                session.examDate(),
                session.windowStart(),
                session.windowEnd(),
                session.durationMinutes(),
                session.itemCount(),
                session.cutScoreMethod(),
                session.cutScorePercentageInForce(),
                session.defaultExtraPercentage(),
                session.location(),
                session.capacity(),
                enrolled,
                session.accessCode(),
                session.status(),
                session.phaseAt(now),
                session.publishedAt(),
                session.inzageRequestUntil());
    }
}
