package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import nl.examenkamer.shared.RuleViolation;

/**
 * The save of one answer: the hot path of exam day. The answer is checked against the item's
 * shape (kept in memory per attempt), then stored by one conditional UPDATE that also checks the
 * token, the status, the deadline and the sequence number, committed together with the saves that
 * arrive at the same moment ({@link SaveBatcher}). Only when it changes nothing does it look at why,
 * to answer the page precisely.
 */
@ApplicationScoped
public class AnswerSaving {

    private static final int REMEMBERED_ATTEMPTS = 20_000;

    @Inject
    private AttemptStore store;

    @Inject
    private ItemTexts texts;

    @Inject
    private SaveBatcher batcher;

    @Inject
    private Clock clock;

    private final Map<Long, Map<Integer, ItemShape>> shapes = new ConcurrentHashMap<>();

    /** What became of a save: applied, or not because the server already has this or a later one. */
    public record Saved(boolean applied, int position, long seq) {}

    /**
     * Saves one answer. The result comes once the save is committed; a refusal (wrong token, ended
     * attempt, time up) completes it with the {@link RuleViolation}.
     */
    public CompletionStage<Saved> save(
            long attemptId, int position, String token, long seq, List<String> answer, boolean flagged) {
        if (seq < 1) {
            throw RuleViolation.invalid("attempt.seq.positive");
        }
        ItemShape shape = shapesOf(attemptId).get(position);
        if (shape == null) {
            throw RuleViolation.notFound("attempt.position.unknown", position);
        }
        String stored = shape.canonical(answer);
        String tokenHash = AttemptTokens.hash(token);
        Instant now = clock.instant();
        return batcher.save(attemptId, position, tokenHash, stored, flagged, seq, now)
                .thenCompose(applied -> applied
                        ? CompletableFuture.completedFuture(new Saved(true, position, seq))
                        : CompletableFuture.supplyAsync(
                                () -> whyNot(attemptId, position, tokenHash, now), batcher.replies()));
    }

    private Saved whyNot(long attemptId, int position, String tokenHash, Instant now) {
        AttemptRow attempt = store.find(attemptId)
                .orElseThrow(() -> RuleViolation.notFound("attempt.notFound", String.valueOf(attemptId)));
        if (!attempt.tokenHash().equals(tokenHash)) {
            throw RuleViolation.forbidden("attempt.token.wrong");
        }
        if (attempt.status().finished()) {
            throw RuleViolation.conflict("attempt.finished");
        }
        if (!attempt.deadline().isAfter(now)) {
            throw RuleViolation.conflict("attempt.timeUp");
        }
        long storedSeq = store.storedSeq(attemptId, position).orElse(0L);
        return new Saved(false, position, storedSeq);
    }

    private Map<Integer, ItemShape> shapesOf(long attemptId) {
        Map<Integer, ItemShape> known = shapes.get(attemptId);
        if (known != null) {
            return known;
        }
        Map<Integer, Long> versions = store.itemVersions(attemptId);
        if (versions.isEmpty()) {
            throw RuleViolation.notFound("attempt.notFound", String.valueOf(attemptId));
        }
        Map<Integer, ItemShape> loaded = new ConcurrentHashMap<>();
        versions.forEach(
                (position, version) -> loaded.put(position, texts.of(version).shape()));
        if (shapes.size() >= REMEMBERED_ATTEMPTS) {
            shapes.clear(); // exam day has far fewer; this only keeps a long-running server bounded
        }
        shapes.put(attemptId, loaded);
        return loaded;
    }
}
