package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ItemBank;
import nl.examenkamer.content.ItemViews;
import nl.examenkamer.identity.Account;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.Role;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.shared.mail.MailLinks;
import nl.examenkamer.shared.mail.MailOutbox;
import nl.examenkamer.shared.mail.MailText;

/**
 * Inspections (inzage) of published written exams: the candidate asks, the board plans a window,
 * the candidate reads their own exam inside it. Each step is audited; only the candidate's own
 * attempt is ever read, and only inside the window.
 */
@ApplicationScoped
@Transactional
public class InzageService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ExamSessions sessions;

    @Inject
    private AttemptStore attempts;

    @Inject
    private Neutralisations neutralisations;

    @Inject
    private ItemBank bank;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private AuditLog auditLog;

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailLinks links;

    @Inject
    private AccountService accounts;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    /** The caller's inspection of a session: whether they may ask, or where it stands. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InzageViews.Mine mine(String username, String sessionCode) {
        Enrolment enrolment = enrolment(username, sessionCode);
        ExamSession session = enrolment.session();
        Optional<Inzage> inzage = find(enrolment);
        Instant now = clock.instant();
        Instant deadline = session.inzageRequestUntil();
        if (inzage.isPresent()) {
            Inzage found = inzage.get();
            return new InzageViews.Mine(
                    session.code(),
                    true,
                    false,
                    deadline,
                    found.stateAt(now),
                    found.requestedAt(),
                    found.note(),
                    found.opensAt(),
                    found.closesAt());
        }
        boolean attempted = attempts.findByEnrolment(enrolment.id()).isPresent();
        boolean requestable = attempted && deadline != null && now.isBefore(deadline);
        return new InzageViews.Mine(session.code(), attempted, requestable, deadline, null, null, null, null, null);
    }

    public InzageViews.Mine request(String username, String sessionCode, String note) {
        Enrolment enrolment = sessions.lock(enrolment(username, sessionCode))
                .orElseThrow(() -> RuleViolation.notFound("inzage.notEnrolled", String.valueOf(sessionCode)));
        ExamSession session = enrolment.session();
        AttemptRow attempt = attempts.findByEnrolment(enrolment.id())
                .orElseThrow(() -> RuleViolation.conflict("inzage.noAttempt", session.code()));
        if (find(enrolment).isPresent()) {
            throw RuleViolation.conflict("inzage.exists", session.code());
        }
        Inzage inzage = Inzage.request(session, enrolment.id(), attempt, note, clock);
        em.persist(inzage);
        auditLog.record(AuditEvent.of("inzage.requested", "exam-session", session.code())
                .withDetails("candidate=" + enrolment.candidate().number()));
        return mine(username, sessionCode);
    }

    /** The terms of a published session's inspections, as the board plans them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public InzageViews.Terms terms(String sessionCode) {
        ExamSession session = sessions.require(sessionCode);
        return new InzageViews.Terms(
                session.inzageRequestUntil(),
                catalog.writtenRules(session.title()).inzageLongestWindow().toDays());
    }

    /** Every request of a session for the board, in the order they came in, each with its candidate. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InzageViews.Request> requests(String sessionCode) {
        ExamSession session = sessions.require(sessionCode);
        Instant now = clock.instant();
        return em.createQuery(
                        "select i, e.candidate from Inzage i, Enrolment e where e.id = i.enrolmentId"
                                + " and i.sessionId = :session order by i.requestedAt",
                        Object[].class)
                .setParameter("session", session.id())
                .getResultStream()
                .map(row -> request((Inzage) row[0], (Candidate) row[1], now))
                .toList();
    }

    private static InzageViews.Request request(Inzage inzage, Candidate candidate, Instant now) {
        return new InzageViews.Request(
                candidate.number().toString(),
                candidate.fullName(),
                inzage.requestedAt(),
                inzage.note(),
                inzage.stateAt(now),
                inzage.opensAt(),
                inzage.closesAt(),
                inzage.firstViewedAt());
    }

    /** Per session code, how many requests wait for a window; sessions without any are left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> toPlanBySession() {
        Map<String, Long> waiting = new HashMap<>();
        em.createQuery(
                        "select s.code, count(i) from Inzage i, ExamSession s where s.id = i.sessionId"
                                + " and i.opensAt is null group by s.code",
                        Object[].class)
                .getResultList()
                .forEach(row -> waiting.put((String) row[0], ((Number) row[1]).longValue()));
        return waiting;
    }

    /** The board plans (or moves) a candidate's window; audited with the window. */
    public InzageViews.Request plan(String sessionCode, String candidateNumber, Instant opens, Instant closes) {
        ExamSession session = sessions.require(sessionCode);
        String number = candidateNumber == null ? "" : candidateNumber.strip().toUpperCase(Locale.ROOT);
        Object[] found = em.createQuery(
                        "select i, e.candidate from Inzage i, Enrolment e where e.id = i.enrolmentId"
                                + " and i.sessionId = :session and e.candidate.number = :number",
                        Object[].class)
                .setParameter("session", session.id())
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("inzage.notRequested", number, session.code()));
        Inzage inzage = (Inzage) found[0];
        Candidate candidate = (Candidate) found[1];
        Instant now = clock.instant();
        inzage.plan(opens, closes, catalog.writtenRules(session.title()).inzageLongestWindow(), caller.name(), now);
        tellCandidate(candidate, session, inzage);
        auditLog.record(AuditEvent.of("inzage.planned", "exam-session", session.code())
                .withDetails("candidate=" + number + " window=" + opens + ".." + closes));
        return request(inzage, candidate, now);
    }

    /** An e-mail to the candidate with the (new) window: they would not otherwise know it was planned. */
    private void tellCandidate(Candidate candidate, ExamSession session, Inzage inzage) {
        if (candidate.email() == null || candidate.email().isBlank()) {
            return;
        }
        Locale language = accounts.mailLanguage(candidate.accountUsername().orElse(null));
        String opens = MailText.moment(language, inzage.opensAt(), clock.getZone());
        outbox.queue(
                candidate.email(),
                Messages.text(language, "inzage.mail.subject", session.name(), opens),
                links.signed(
                        Messages.text(
                                language,
                                "inzage.mail.body",
                                candidate.fullName(),
                                session.name(),
                                opens,
                                MailText.moment(language, inzage.closesAt(), clock.getZone())),
                        Role.CANDIDATE.homePage()),
                null,
                null);
    }

    /** The caller's own exam, inside their window; the first reading is audited. */
    public InzageViews.Sheet read(String username, String sessionCode) {
        Enrolment enrolment = enrolment(username, sessionCode);
        Inzage inzage = find(enrolment).orElseThrow(() -> RuleViolation.conflict("inzage.notAsked", sessionCode));
        inzage.requireOpen(clock);
        if (inzage.viewedAt(clock.instant())) {
            auditLog.record(AuditEvent.of("inzage.read", "exam-session", sessionCode)
                    .withDetails("candidate=" + enrolment.candidate().number()));
        }
        AttemptRow attempt = attempts.find(inzage.attemptId()).orElseThrow();
        Map<Long, Neutralisation> neutralised = neutralisations.of(attempt.sessionId());
        ThemeOrder themes = ThemeOrder.of(catalog.themes());
        List<InzageViews.Item> items = attempts.items(attempt.id()).stream()
                .map(row -> item(row, neutralised.get(row.itemVersionId()), themes))
                .toList();
        ExamSession session = enrolment.session();
        return new InzageViews.Sheet(
                session.code(),
                session.name(),
                attempt.rawScore(),
                attempt.maxScore(),
                attempt.grade(),
                attempt.passed(),
                inzage.closesAt(),
                items);
    }

    /** One question as the candidate saw it, with their answer, the key and why. */
    private InzageViews.Item item(AttemptItemRow row, Neutralisation neutralisation, ThemeOrder themes) {
        ItemViews.Version version = bank.version(row.itemVersionId()).orElseThrow();
        Set<String> marked = new HashSet<>(ItemShape.labels(row.answer()));
        Map<String, ItemViews.Option> byLabel = new HashMap<>();
        version.options().forEach(option -> byLabel.put(option.label(), option));
        List<InzageViews.Option> options = new ArrayList<>();
        for (int index = 0; index < row.optionOrder().size(); index++) {
            ItemViews.Option option = byLabel.get(row.optionOrder().get(index));
            options.add(new InzageViews.Option(
                    ItemShape.letter(index), option.text(), marked.contains(option.label()), option.correct()));
        }
        return new InzageViews.Item(
                row.position(),
                themes.name(version.theme()),
                version.caseText(),
                version.question(),
                options,
                Boolean.TRUE.equals(row.correct()),
                neutralisation == null ? null : neutralisation.mode(),
                version.rationale(),
                version.sources().stream().map(ItemViews.Source::citation).toList());
    }

    private Enrolment enrolment(String username, String sessionCode) {
        return sessions.enrolment(sessionCode, Account.normaliseUsername(username))
                .orElseThrow(() -> RuleViolation.notFound("inzage.notEnrolled", String.valueOf(sessionCode)));
    }

    private Optional<Inzage> find(Enrolment enrolment) {
        return em.createQuery("select i from Inzage i where i.enrolmentId = :enrolment", Inzage.class)
                .setParameter("enrolment", enrolment.id())
                .getResultStream()
                .findFirst();
    }
}
