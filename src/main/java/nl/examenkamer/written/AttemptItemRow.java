package nl.examenkamer.written;

import java.time.Instant;
import java.util.List;

/** One position of an attempt's form as stored, with the candidate's answer. */
public record AttemptItemRow(
        int position,
        long itemVersionId,
        List<String> optionOrder,
        String answer,
        boolean flagged,
        long clientSeq,
        Instant savedAt,
        Boolean correct) {

    public AttemptItemRow {
        optionOrder = List.copyOf(optionOrder);
    }
}
