package nl.examenkamer.oral;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** An oral exam as the board's planning and the examiners' lists show it. */
public record OralExamView(
        long id,
        String candidateNumber,
        String candidateName,
        String title,
        LocalDate date,
        LocalTime start,
        LocalTime examEnd,
        LocalTime end,
        Instant startsAt,
        long roomId,
        String place,
        String chair,
        String chairName,
        String second,
        String secondName,
        OralExamStatus status,
        int calendarSequence,
        String stage)
        implements Serializable {}
