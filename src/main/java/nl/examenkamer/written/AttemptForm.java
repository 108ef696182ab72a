package nl.examenkamer.written;

import java.time.Instant;
import java.util.List;

/**
 * An open attempt as the candidate's page gets it: the items with their options in the order
 * shown, the candidate's answers and flags, and the time left. It holds no key and no rationale.
 */
public record AttemptForm(
        long attemptId,
        String token,
        String sessionCode,
        String sessionName,
        Instant deadline,
        long remainingSeconds,
        List<Question> items) {

    public record Question(
            int position,
            String type,
            String caseText,
            String question,
            List<ShownOption> options,
            List<String> answer,
            boolean flagged,
            long seq) {

        /** The answer as the page keeps it: labels joined by commas. */
        public String answerText() {
            return String.join(",", answer);
        }
    }

    /** An option: the label the server knows it by, and its text. Shown with a letter by position. */
    public record ShownOption(String label, String text) {}

    public long highestSeq() {
        return items.stream().mapToLong(Question::seq).max().orElse(0);
    }

    public AttemptForm withoutToken() {
        return new AttemptForm(attemptId, null, sessionCode, sessionName, deadline, remainingSeconds, items);
    }
}
