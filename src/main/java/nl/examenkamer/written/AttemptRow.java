package nl.examenkamer.written;

import java.math.BigDecimal;
import java.time.Instant;

/** An attempt as stored. */
public record AttemptRow(
        long id,
        long sessionId,
        long enrolmentId,
        long seed,
        String tokenHash,
        AttemptStatus status,
        Instant startedAt,
        Instant deadline,
        Instant lastSeenAt,
        Instant endedAt,
        Integer rawScore,
        Integer maxScore,
        BigDecimal percentage,
        BigDecimal grade,
        Boolean passed) {}
