package nl.examenkamer.written;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One enrolled candidate as the proctor sees them: where they are, whether their page still reaches
 * the server ({@link Contact}), and (after closing) their score.
 */
public record ProctorRow(
        String candidateNumber,
        String fullName,
        int extraTimePercentage,
        int extraMinutes,
        Long attemptId,
        AttemptStatus status,
        Instant startedAt,
        Instant deadline,
        Instant lastSeen,
        Instant endedAt,
        int answered,
        Integer maxScore,
        Integer rawScore,
        BigDecimal percentage,
        BigDecimal grade,
        Boolean passed,
        long secondsLeft,
        boolean contactLost) {}
