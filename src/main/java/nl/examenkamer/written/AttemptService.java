package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.identity.Account;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.shared.RuleViolation;

/**
 * A candidate's attempt: starting it with the access code (which draws and stores the form),
 * opening it again on any browser (which issues a new token), reading it with the token, handing
 * it in, and ending and scoring it.
 */
@ApplicationScoped
@Transactional
public class AttemptService {

    @Inject
    private ExamSessions sessions;

    @Inject
    private CandidateRegistry candidates;

    @Inject
    private AttemptStore store;

    @Inject
    private FormPools pools;

    @Inject
    private ItemTexts texts;

    @Inject
    private Neutralisations neutralisations;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Clock clock;

    /** What a started or reopened attempt gives the page: its id, its token and the time left. */
    public record Opened(long attemptId, String token, Instant deadline, long remainingSeconds, boolean resumed) {}

    /**
     * Starts the caller's attempt in a session with the access code; when it was already started,
     * opens it again (no code needed: the candidate is known and the form exists).
     */
    public Opened start(String sessionCode, String username, String accessCode) {
        return begin(sessionCode, username, accessCode).opened();
    }

    /** A start together with the form it drew (or, when opened again, the form as stored). */
    public record Begun(Opened opened, AttemptForm form) {}

    /**
     * As {@link #start}, and gives the form at once: a client that starts needs the form next, and a
     * form just drawn is in memory, so it is not read back from the database.
     */
    public Begun startWithForm(String sessionCode, String username, String accessCode) {
        Drawn drawn = begin(sessionCode, username, accessCode);
        Opened opened = drawn.opened();
        if (drawn.items() == null) {
            return new Begun(opened, formOf(store.find(opened.attemptId()).orElseThrow(), opened.token()));
        }
        List<AttemptForm.Question> questions = drawn.items().stream()
                .map(item -> question(item.position(), item.itemVersionId(), item.optionOrder(), null, false, 0))
                .toList();
        ExamSession session = drawn.session();
        return new Begun(
                opened,
                new AttemptForm(
                        opened.attemptId(),
                        opened.token(),
                        session.code(),
                        session.name(),
                        opened.deadline(),
                        opened.remainingSeconds(),
                        questions));
    }

    /** A start's outcome and, when the form was drawn now, its items (null when opened again). */
    private record Drawn(Opened opened, ExamSession session, List<FormDraw.FormItem> items) {}

    private Drawn begin(String sessionCode, String username, String accessCode) {
        Enrolment enrolment = sessions.lock(enrolmentOf(sessionCode, username))
                .orElseThrow(() -> RuleViolation.forbidden("attempt.notEnrolled", sessionCode));
        ExamSession session = enrolment.session();
        // the database keeps microseconds: the deadline the page gets is the one stored
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Optional<AttemptRow> existing = store.findByEnrolment(enrolment.id());
        if (existing.isPresent()) {
            return new Drawn(reopen(existing.get(), now), session, null);
        }
        if (!AccessCode.matches(session.accessCode(), accessCode)) {
            throw RuleViolation.forbidden("attempt.accessCode.wrong");
        }
        session.requireStartableAt(now);
        long seed = AttemptTokens.seed();
        List<FormDraw.FormItem> form = FormDraw.draw(pools.of(session), seed);
        Instant deadline =
                Deadline.of(now, session.durationMinutes(), enrolment.extraTimePercentage(), enrolment.extraMinutes());
        String token = AttemptTokens.issue();
        long attemptId =
                store.insert(session.id(), enrolment.id(), seed, AttemptTokens.hash(token), now, deadline, form);
        auditLog.recordAs(
                username,
                AuditEvent.of("attempt.started", "attempt", attemptId)
                        .withDetails("session=" + session.code() + " candidate="
                                + enrolment.candidate().number().value() + " seed=" + seed + " deadline=" + deadline));
        return new Drawn(
                new Opened(attemptId, token, deadline, Deadline.remainingSeconds(deadline, now), false), session, form);
    }

    /** Opens the caller's attempt of a session again, if it is in progress: a new token, the same deadline. */
    public Optional<Opened> reopen(String sessionCode, String username) {
        Enrolment enrolment = enrolmentOf(sessionCode, username);
        return store.findByEnrolment(enrolment.id())
                .filter(attempt -> attempt.status() == AttemptStatus.IN_PROGRESS)
                .map(attempt -> reopen(attempt, clock.instant()));
    }

    private Opened reopen(AttemptRow attempt, Instant now) {
        if (attempt.status().finished()) {
            throw RuleViolation.conflict("attempt.finished");
        }
        if (!attempt.deadline().isAfter(now)) {
            throw RuleViolation.conflict("attempt.timeUp");
        }
        String token = AttemptTokens.issue();
        store.rotateToken(attempt.id(), AttemptTokens.hash(token), now);
        return new Opened(
                attempt.id(), token, attempt.deadline(), Deadline.remainingSeconds(attempt.deadline(), now), true);
    }

    /** Opens the caller's attempt of a session again and gives its form, if it is in progress. */
    public Optional<AttemptForm> enter(String sessionCode, String username) {
        return reopen(sessionCode, username)
                .map(opened -> formOf(store.find(opened.attemptId()).orElseThrow(), opened.token()));
    }

    /** The caller's attempt in a session, if started. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AttemptRow> attemptOf(String sessionCode, String username) {
        return store.findByEnrolment(enrolmentOf(sessionCode, username).id());
    }

    /**
     * Which item version stands at each position of an attempt's form, in position order. For the
     * server's own work on a form (the demo hall's answer model); never for the candidate's page,
     * since it names the items behind the questions.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SortedMap<Integer, Long> itemVersionsOnForm(long attemptId) {
        return new TreeMap<>(store.itemVersions(attemptId));
    }

    /** The form of an open attempt, for the holder of its token. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttemptForm form(long attemptId, String token) {
        AttemptRow attempt = authorised(attemptId, token);
        if (attempt.status().finished()) {
            throw RuleViolation.conflict("attempt.finished");
        }
        return formOf(attempt, token);
    }

    AttemptForm formOf(AttemptRow attempt, String token) {
        ExamSession session = sessions.byId(attempt.sessionId());
        List<AttemptForm.Question> questions = store.items(attempt.id()).stream()
                .map(item -> question(
                        item.position(),
                        item.itemVersionId(),
                        item.optionOrder(),
                        item.answer(),
                        item.flagged(),
                        item.clientSeq()))
                .toList();
        return new AttemptForm(
                attempt.id(),
                token,
                session.code(),
                session.name(),
                attempt.deadline(),
                Deadline.remainingSeconds(attempt.deadline(), clock.instant()),
                questions);
    }

    private AttemptForm.Question question(
            int position, long itemVersionId, List<String> optionOrder, String answer, boolean flagged, long seq) {
        ItemText text = texts.of(itemVersionId);
        return new AttemptForm.Question(
                position,
                text.type().name(),
                text.caseText(),
                text.question(),
                optionOrder.stream()
                        .map(label -> new AttemptForm.ShownOption(
                                label, text.options().get(label)))
                        .toList(),
                ItemShape.labels(answer),
                flagged,
                seq);
    }

    /** The server's clock for one attempt. */
    public record TimeLeft(AttemptStatus status, Instant deadline, long remainingSeconds) {}

    /** A sign of life: updates "last seen" and gives the time left. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TimeLeft heartbeat(long attemptId, String token) {
        AttemptRow attempt = authorised(attemptId, token);
        Instant now = clock.instant();
        store.touch(attemptId, AttemptTokens.hash(token), now);
        long remaining = attempt.status().finished() ? 0 : Deadline.remainingSeconds(attempt.deadline(), now);
        return new TimeLeft(attempt.status(), attempt.deadline(), remaining);
    }

    /** Hands the attempt in and scores it; refused once the deadline has passed. */
    public AttemptRow submit(long attemptId, String token) {
        AttemptRow attempt = authorised(attemptId, token);
        Instant now = clock.instant();
        if (attempt.status().finished()) {
            throw RuleViolation.conflict("attempt.finished");
        }
        if (!attempt.deadline().isAfter(now)) {
            throw RuleViolation.conflict("attempt.timeUp");
        }
        if (!store.end(attemptId, AttemptStatus.SUBMITTED, now)) {
            throw RuleViolation.conflict("attempt.finished");
        }
        Scoring.Result scored = score(attemptId);
        auditLog.recordAs(
                candidateOf(attempt),
                AuditEvent.of("attempt.submitted", "attempt", attemptId).withDetails(scoreAtTheEnd(scored)));
        return store.find(attemptId).orElseThrow();
    }

    /**
     * Who handed an attempt in, for the audit trail: the page calls without a log-in session (the
     * token is its authorisation), so the actor is the account the attempt was started with.
     */
    private String candidateOf(AttemptRow attempt) {
        Candidate candidate = sessions.enrolmentById(attempt.enrolmentId()).candidate();
        return candidate
                .accountUsername()
                .orElse("candidate:" + candidate.number().value());
    }

    /** Ends an attempt whose deadline passed (the browser may be long gone) and scores it. */
    public boolean closeAtDeadline(long attemptId) {
        if (!store.endAtDeadline(attemptId, clock.instant())) {
            return false;
        }
        Scoring.Result scored = score(attemptId);
        auditLog.recordAs(
                nl.examenkamer.audit.CurrentActor.SYSTEM,
                AuditEvent.of("attempt.timed-out", "attempt", attemptId).withDetails(scoreAtTheEnd(scored)));
        return true;
    }

    /** Ends an open attempt because the proctor closed its session, and scores it. */
    boolean endWithSession(long attemptId, Instant closedAt) {
        if (!store.end(attemptId, AttemptStatus.CLOSED, closedAt)) {
            return false;
        }
        Scoring.Result scored = score(attemptId);
        auditLog.record(AuditEvent.of("attempt.closed", "attempt", attemptId).withDetails(scoreAtTheEnd(scored)));
        return true;
    }

    /**
     * The score an attempt had when it ended, for the audit trail: a later neutralisation or cut score
     * rescores it, and the board can then show what it was before.
     */
    private static String scoreAtTheEnd(Scoring.Result scored) {
        return "score=" + scored.raw() + "/" + scored.max();
    }

    /** Scores an attempt as it stands and stores the score; gives what was stored. */
    private Scoring.Result score(long attemptId) {
        AttemptRow attempt = store.find(attemptId).orElseThrow();
        return score(attempt, neutralisations.of(attempt.sessionId()));
    }

    private Scoring.Result score(AttemptRow attempt, Map<Long, Neutralisation> neutralised) {
        ExamSession session = sessions.byId(attempt.sessionId());
        List<AttemptStore.ScoredAnswer> answers = store.items(attempt.id()).stream()
                .map(item -> new AttemptStore.ScoredAnswer(
                        attempt.id(), item.position(), item.itemVersionId(), item.answer()))
                .toList();
        Scoring.Result scored = Scoring.score(
                scoredForm(attempt.id(), answers, neutralised).items(), session.cutScorePercentageInForce());
        store.storeScore(attempt.id(), scored);
        return scored;
    }

    /** An attempt's items as scoring needs them, and what blind guessing would score on them. */
    record ScoredForm(long attemptId, List<Scoring.ScoredItem> items, double chance) {}

    /** The attempt's answers (one per position of its form) with the session's neutralisations (by item version). */
    ScoredForm scoredForm(
            long attemptId, List<AttemptStore.ScoredAnswer> answers, Map<Long, Neutralisation> neutralised) {
        List<Scoring.ScoredItem> items = new ArrayList<>();
        double chance = 0;
        for (AttemptStore.ScoredAnswer answer : answers) {
            ItemText text = texts.of(answer.itemVersionId());
            Neutralisation neutralisation = neutralised.get(answer.itemVersionId());
            Neutralisation.Mode mode = neutralisation == null ? null : neutralisation.mode();
            items.add(new Scoring.ScoredItem(
                    answer.position(),
                    text.theme(),
                    text.key(),
                    new HashSet<>(ItemShape.labels(answer.answer())),
                    mode));
            if (mode == null) {
                chance += CohenSchotanus.chance(text.type(), text.options().size());
            } else if (mode == Neutralisation.Mode.CREDIT) {
                chance += 1;
            }
        }
        return new ScoredForm(attemptId, items, chance);
    }

    AttemptRow authorised(long attemptId, String token) {
        AttemptRow attempt = store.find(attemptId)
                .orElseThrow(() -> RuleViolation.notFound("attempt.notFound", String.valueOf(attemptId)));
        if (token == null || !AttemptTokens.hash(token).equals(attempt.tokenHash())) {
            throw RuleViolation.forbidden("attempt.token.wrong");
        }
        return attempt;
    }

    private Enrolment enrolmentOf(String sessionCode, String username) {
        // one query on every start; the look-ups one by one only to say why there is none
        return sessions.enrolment(sessionCode, Account.normaliseUsername(username))
                .orElseGet(() -> enrolmentOrRefusal(sessionCode, username));
    }

    private Enrolment enrolmentOrRefusal(String sessionCode, String username) {
        Candidate candidate =
                candidates.findByAccount(username).orElseThrow(() -> RuleViolation.forbidden("attempt.noCandidate"));
        ExamSession session = sessions.require(sessionCode);
        return sessions.enrolment(session, candidate)
                .orElseThrow(() -> RuleViolation.forbidden("attempt.notEnrolled", sessionCode));
    }
}
