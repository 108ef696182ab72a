package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.examenkamer.audit.AuditEntryView;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditFilter;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.content.Blueprint;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.CutScoreMethod;
import nl.examenkamer.content.ItemStatus;
import nl.examenkamer.content.ItemVersion;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.identity.CandidateRegistry;
import nl.examenkamer.shared.Reason;
import nl.examenkamer.shared.RuleViolation;

/**
 * What the board does with written exam sessions: plan one (which freezes the item versions its
 * forms are drawn from), enrol candidates one by one or from a list, watch it, give one candidate
 * extra time, close it (every open attempt is ended and scored) and publish the results.
 */
@ApplicationScoped
@Transactional
public class ExamSessionService {

    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String EXTRA_TIME_ACTION = "attempt.extra-time";
    // the audit details of extra time: written by giveExtraTime, read back by extraTimeGiven
    private static final String EXTRA_TIME_CANDIDATE = "candidate=";
    private static final String EXTRA_TIME_MINUTES = " minutes=";
    private static final Pattern EXTRA_TIME_DETAILS =
            Pattern.compile(EXTRA_TIME_CANDIDATE + "(\\S+)" + EXTRA_TIME_MINUTES + "(\\d+)");
    private static final String WITHDRAWN_ACTION = "enrolment.withdrawn";
    // the audit details of a withdrawal: written by withdraw, read back by withdrawals
    private static final Pattern WITHDRAWN_DETAILS = Pattern.compile("candidate=(\\S+)");
    private static final String ACCOMMODATION_CHANGED_ACTION = "enrolment.accommodation-changed";
    private static final int MAX_REPORTED = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ResultMail resultMail;

    @Inject
    private EnrolmentMail enrolmentMail;

    @Inject
    private ExamSessions sessions;

    @Inject
    private CandidateRegistry candidates;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private AttemptStore attempts;

    @Inject
    private AttemptService attemptService;

    @Inject
    private AuditLog auditLog;

    @Inject
    private nl.examenkamer.audit.CurrentActor currentActor;

    @Inject
    private Clock clock;

    public SessionView create(String blueprintCode, ExamSession.Plan plan) {
        Blueprint blueprint = em.createQuery(
                        "select b from Blueprint b where b.code = :code and b.active = true", Blueprint.class)
                .setParameter("code", blueprintCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> RuleViolation.invalid("session.blueprint.unknown", String.valueOf(blueprintCode)));
        if (blueprint.cutScoreMethod() != CutScoreMethod.PERCENTAGE_OF_MAXIMUM) {
            throw RuleViolation.invalid(
                    "session.cutScore.unsupported", blueprint.cutScoreMethod().name());
        }
        String code = plan.code() == null || plan.code().isBlank()
                ? generatedCode(blueprint.title(), plan.examDate())
                : plan.code().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{3,40}")) {
            throw RuleViolation.invalid("session.code.pattern");
        }
        if (sessions.find(code).isPresent()) {
            throw RuleViolation.conflict("session.code.taken", code);
        }
        List<Blueprint.Cell> cells = new ArrayList<>();
        List<ExamSession.PoolEntry> pool = new ArrayList<>();
        List<Blueprint.Cell> blueprintCells = blueprint.cells();
        for (int position = 0; position < blueprintCells.size(); position++) {
            Blueprint.Cell cell = blueprintCells.get(position);
            List<ItemVersion> available = em
                    .createQuery(
                            "select v from ItemVersion v join v.item i where v.versionNo = i.currentVersion"
                                    + " and i.status = :active and v.theme = :theme and v.legalDomain = :domain",
                            ItemVersion.class)
                    .setParameter("active", ItemStatus.ACTIVE)
                    .setParameter("theme", cell.theme())
                    .setParameter("domain", cell.legalDomain())
                    .getResultList()
                    .stream()
                    .filter(version -> version.titles().contains(blueprint.title()))
                    .toList();
            if (available.size() < cell.items()) {
                throw RuleViolation.invalid(
                        "session.blueprint.unfillable",
                        cell.theme(),
                        cell.legalDomain(),
                        cell.items(),
                        available.size());
            }
            cells.add(new Blueprint.Cell(cell.theme(), cell.legalDomain(), cell.items()));
            for (ItemVersion version : available) {
                pool.add(new ExamSession.PoolEntry(position, version.id()));
            }
        }
        String name = plan.name() == null || plan.name().isBlank()
                ? blueprint.name()
                : plan.name().strip();
        ExamSession session = new ExamSession(
                new ExamSession.Plan(
                        code,
                        name,
                        plan.examDate(),
                        plan.windowStart(),
                        plan.windowEnd(),
                        plan.durationMinutes() > 0 ? plan.durationMinutes() : blueprint.durationMinutes(),
                        plan.defaultExtraPercentage() != null
                                ? plan.defaultExtraPercentage()
                                : schemeExtraTime(blueprint),
                        plan.location(),
                        plan.capacity()),
                blueprint.code(),
                blueprint.title(),
                blueprint.itemCount(),
                blueprint.cutScorePercentage(),
                blueprint.alternativeCutScoreMethod(),
                cells,
                pool,
                AccessCode.generate(),
                clock.instant(),
                currentActor.name());
        em.persist(session);
        auditLog.record(AuditEvent.of("session.created", "exam-session", code)
                .withDetails("blueprint=" + blueprint.code() + " window=" + plan.windowStart() + ".." + plan.windowEnd()
                        + " pool=" + pool.size()));
        return SessionView.of(session, 0, clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> all() {
        return sessions.all().stream().map(this::view).toList();
    }

    /**
     * The sessions the board may still have to act on: every one not yet published, and the published
     * ones of these codes (those with inspection requests to plan). Not all of them, as the list of
     * sessions grows by the year and the board's home page asks on every visit.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> unpublishedAnd(Collection<String> codes) {
        return sessions.unpublishedAnd(codes).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SessionView> find(String code) {
        return sessions.find(code).map(this::view);
    }

    private SessionView view(ExamSession session) {
        return SessionView.of(session, sessions.enrolled(session), clock.instant());
    }

    public void enrol(String code, String candidateNumber, Integer extraTimePercentage, String reason) {
        ExamSession session = sessions.require(code);
        session.requireScheduled();
        Candidate candidate = candidate(candidateNumber)
                .orElseThrow(() -> RuleViolation.notFound("candidate.notFound", String.valueOf(candidateNumber)));
        if (sessions.enrolment(session, candidate).isPresent()) {
            throw RuleViolation.conflict("enrolment.exists", candidate.number().value(), session.code());
        }
        if (sessions.enrolled(session) >= session.capacity()) {
            throw RuleViolation.conflict("enrolment.full", session.capacity());
        }
        enrolOne(session, candidate, session.extraTimeFor(extraTimePercentage, reason), reason);
    }

    /**
     * Enrols everyone on a list, or nobody: every problem is reported with its line. A candidate
     * already enrolled with the same extra time is passed over, so that the board can upload its
     * list again with candidates added; one enrolled with other extra time is a problem, since the
     * list would silently not say what holds.
     */
    public ListEnrolled enrolAll(String code, byte[] file) {
        ExamSession session = sessions.require(code);
        session.requireScheduled();
        EnrolmentList.Parsed parsed = EnrolmentList.parse(file);
        List<EnrolmentProblem> problems = new ArrayList<>(parsed.problems());
        record Accepted(Candidate candidate, int extra, String reason) {}
        List<Accepted> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int alreadyEnrolled = 0;
        for (EnrolmentList.Line line : parsed.lines()) {
            Optional<Candidate> candidate = candidate(line.candidateNumber());
            if (candidate.isEmpty()) {
                problems.add(new EnrolmentProblem(
                        line.line(),
                        "candidate_number",
                        Reason.of("enrolment.csv.unknownCandidate", String.valueOf(line.candidateNumber()))));
                continue;
            }
            if (!seen.add(candidate.get().number().value())) {
                problems.add(new EnrolmentProblem(
                        line.line(), "candidate_number", Reason.of("enrolment.csv.twice", line.candidateNumber())));
                continue;
            }
            int extra;
            try {
                extra = session.extraTimeFor(
                        line.extraTimePercentage() == null
                                        || line.extraTimePercentage().isBlank()
                                ? null
                                : Integer.valueOf(line.extraTimePercentage().strip()),
                        line.reason());
            } catch (NumberFormatException e) {
                problems.add(new EnrolmentProblem(
                        line.line(),
                        "extra_time_percentage",
                        Reason.of("enrolment.csv.extraNotNumber", line.extraTimePercentage())));
                continue;
            }
            if (extra < 0 || extra > 100) {
                problems.add(
                        new EnrolmentProblem(line.line(), "extra_time_percentage", Reason.of("enrolment.extra.range")));
                continue;
            }
            if (extra > 0 && (line.reason() == null || line.reason().isBlank())) {
                problems.add(new EnrolmentProblem(
                        line.line(), "accommodation_reason", Reason.of("enrolment.extra.reasonRequired")));
                continue;
            }
            Optional<Enrolment> enrolled = sessions.enrolment(session, candidate.get());
            if (enrolled.isPresent()) {
                if (enrolled.get().extraTimePercentage() == extra) {
                    alreadyEnrolled++;
                } else {
                    problems.add(new EnrolmentProblem(
                            line.line(),
                            "extra_time_percentage",
                            Reason.of(
                                    "enrolment.csv.alreadyOther",
                                    line.candidateNumber(),
                                    enrolled.get().extraTimePercentage(),
                                    extra)));
                }
                continue;
            }
            accepted.add(new Accepted(candidate.get(), extra, line.reason()));
        }
        if (problems.isEmpty() && parsed.lines().isEmpty()) {
            problems.add(new EnrolmentProblem(0, "(file)", Reason.of("csv.empty")));
        }
        if (problems.isEmpty() && sessions.enrolled(session) + accepted.size() > session.capacity()) {
            problems.add(new EnrolmentProblem(0, "(file)", Reason.of("enrolment.full", session.capacity())));
        }
        if (!problems.isEmpty()) {
            throw new EnrolmentRejected(problems);
        }
        accepted.forEach(a -> enrolOne(session, a.candidate(), a.extra(), a.reason()));
        return new ListEnrolled(accepted.size(), alreadyEnrolled);
    }

    /** What a list did: how many it enrolled, and how many it named who were already enrolled as it says. */
    public record ListEnrolled(int enrolled, int alreadyEnrolled) {}

    private void enrolOne(ExamSession session, Candidate candidate, int extra, String reason) {
        Enrolment enrolment = new Enrolment(session, candidate, extra, reason, clock.instant(), currentActor.name());
        em.persist(enrolment);
        AuditEvent event = AuditEvent.of("enrolment.created", "exam-session", session.code())
                .withDetails("candidate=" + candidate.number().value() + " extraTime=" + extra + "%");
        auditLog.record(extra > 0 ? event.because(enrolment.accommodationReason()) : event);
        enrolmentMail.enrolled(enrolment);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProctorRow> proctor(String code) {
        return attempts.proctorRows(sessions.require(code).id(), clock.instant());
    }

    /** Gives one candidate extra minutes on the day, with a reason; moves the deadline of a running attempt. */
    public Instant giveExtraTime(String code, String candidateNumber, int minutes, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("extraTime.reason.required");
        }
        Enrolment enrolment = lockedEnrolment(code, candidateNumber);
        ExamSession session = enrolment.session();
        Candidate candidate = enrolment.candidate();
        enrolment.addMinutes(minutes);
        Optional<AttemptRow> attempt = attempts.findByEnrolment(enrolment.id());
        Instant deadline = null;
        String details = EXTRA_TIME_CANDIDATE + candidate.number().value() + EXTRA_TIME_MINUTES + minutes;
        if (attempt.isPresent()) {
            if (attempt.get().status().finished()) {
                throw RuleViolation.conflict("attempt.finished");
            }
            deadline = attempt.get().deadline().plusSeconds(minutes * 60L);
            if (!attempts.moveDeadline(attempt.get().id(), deadline)) {
                throw RuleViolation.conflict("attempt.finished");
            }
            details += " deadline " + attempt.get().deadline() + " -> " + deadline;
        }
        auditLog.record(AuditEvent.of(EXTRA_TIME_ACTION, "exam-session", session.code())
                .because(reason.strip())
                .withDetails(details));
        return deadline;
    }

    /**
     * Changes a candidate's extra time before they start, with a reason (which becomes the
     * accommodation's reason when there is extra time): a statement that arrives after the
     * enrolment. The candidate is mailed their new time with an updated calendar event; after the
     * start only minutes on the day ({@link #giveExtraTime}) move the deadline.
     */
    public AccommodationChanged changeAccommodation(
            String code, String candidateNumber, Integer extraTimePercentage, String reason) {
        if (extraTimePercentage == null) {
            throw RuleViolation.invalid("field.required", "extraTimePercentage");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("enrolment.accommodation.reasonRequired");
        }
        Enrolment enrolment = lockedEnrolment(code, candidateNumber);
        Candidate candidate = enrolment.candidate();
        if (attempts.findByEnrolment(enrolment.id()).isPresent()) {
            throw RuleViolation.conflict(
                    "enrolment.accommodation.started", candidate.number().value());
        }
        int before = enrolment.extraTimePercentage();
        Enrolment.AccommodationChange change = enrolment.changeAccommodation(extraTimePercentage, reason);
        if (change == Enrolment.AccommodationChange.TIME) {
            enrolmentMail.timeChanged(enrolment);
        }
        if (change != Enrolment.AccommodationChange.NONE) {
            auditLog.record(AuditEvent.of(
                            ACCOMMODATION_CHANGED_ACTION,
                            "exam-session",
                            enrolment.session().code())
                    .because(reason.strip())
                    .withDetails("candidate=" + candidate.number().value() + " extraTime=" + before + "% -> "
                            + enrolment.extraTimePercentage() + "%"));
        }
        return new AccommodationChanged(
                candidate.number().value(),
                enrolment.extraTimePercentage(),
                Deadline.minutes(enrolment.session().durationMinutes(), enrolment.extraTimePercentage()),
                change == Enrolment.AccommodationChange.TIME,
                change == Enrolment.AccommodationChange.REASON);
    }

    /**
     * The accommodation after a change: the candidate's time, whether they were mailed it (their
     * time changed), or whether only the ground for it changed.
     */
    public record AccommodationChanged(
            String candidateNumber,
            int extraTimePercentage,
            int minutes,
            boolean candidateMailed,
            boolean reasonChanged) {}

    /**
     * Takes a candidate off the session before they started, with a reason: the seat is free again
     * and the candidate is told. Once an attempt exists it is part of the session's record and stays.
     */
    public void withdraw(String code, String candidateNumber, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("enrolment.withdraw.reasonRequired");
        }
        Enrolment enrolment = lockedEnrolment(code, candidateNumber);
        ExamSession session = enrolment.session();
        Candidate candidate = enrolment.candidate();
        if (attempts.findByEnrolment(enrolment.id()).isPresent()) {
            throw RuleViolation.conflict(
                    "enrolment.withdraw.started", candidate.number().value());
        }
        enrolmentMail.withdrawn(enrolment);
        em.remove(enrolment);
        auditLog.record(AuditEvent.of(WITHDRAWN_ACTION, "exam-session", session.code())
                .because(reason.strip())
                .withDetails("candidate=" + candidate.number().value() + " extraTime=" + enrolment.extraTimePercentage()
                        + "%"));
    }

    /** The accommodations granted: each candidate with extra time, their time and its ground. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionReport.Accommodation> accommodations(String code) {
        ExamSession session = sessions.require(code);
        return sessions.withExtraTime(session).stream()
                .map(enrolment -> new SessionReport.Accommodation(
                        enrolment.candidate().number().value(),
                        enrolment.extraTimePercentage(),
                        Deadline.minutes(session.durationMinutes(), enrolment.extraTimePercentage()),
                        enrolment.accommodationReason()))
                .toList();
    }

    /** The enrolments withdrawn, in the order withdrawn, read back from their audit entries. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionReport.Withdrawal> withdrawals(String code) {
        List<SessionReport.Withdrawal> withdrawn = new ArrayList<>();
        for (AuditEntryView entry : auditedOn(code, WITHDRAWN_ACTION)) {
            Matcher details = WITHDRAWN_DETAILS.matcher(entry.details() == null ? "" : entry.details());
            withdrawn.add(new SessionReport.Withdrawal(
                    entry.occurredAt(), entry.actor(), details.find() ? details.group(1) : null, entry.reason()));
        }
        return withdrawn;
    }

    /** The extra time given on the day, in the order given, read back from the audit entries above. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionReport.ExtraTime> extraTimeGiven(String code) {
        List<SessionReport.ExtraTime> given = new ArrayList<>();
        for (AuditEntryView entry : auditedOn(code, EXTRA_TIME_ACTION)) {
            Matcher details = EXTRA_TIME_DETAILS.matcher(entry.details() == null ? "" : entry.details());
            boolean read = details.find();
            given.add(new SessionReport.ExtraTime(
                    entry.occurredAt(),
                    entry.actor(),
                    read ? details.group(1) : null,
                    read ? Integer.valueOf(details.group(2)) : null,
                    entry.reason()));
        }
        return given;
    }

    private List<AuditEntryView> auditedOn(String code, String action) {
        AuditFilter filter = new AuditFilter(
                null, action, "exam-session", sessions.require(code).code(), null, null);
        return auditLog.find(filter, AuditLog.Order.OLDEST_FIRST, 0, MAX_REPORTED);
    }

    /** Closes the session: no more starts or saves; every open attempt is ended and scored. */
    public int close(String code) {
        ExamSession session = sessions.require(code);
        Instant now = clock.instant();
        session.close(now);
        int ended = 0;
        for (long attemptId : attempts.open(session.id())) {
            if (attemptService.endWithSession(attemptId, now)) {
                ended++;
            }
        }
        auditLog.record(
                AuditEvent.of("session.closed", "exam-session", code).withDetails("open attempts ended=" + ended));
        return ended;
    }

    /** Publishes the results; answers how many candidates are told by e-mail. */
    public int publish(String code) {
        ExamSession session = sessions.require(code);
        session.publish(clock.instant(), catalog.writtenRules(session.title()).inzageRequestPeriod());
        int mailed = resultMail.published(session);
        auditLog.record(AuditEvent.of("session.published", "exam-session", code)
                .withDetails("mailed=" + mailed + " inzage until="
                        + session.inzageRequestUntil().truncatedTo(ChronoUnit.SECONDS)));
        return mailed;
    }

    /** The enrolment in a session still running, locked: a start of the same candidate waits for the change. */
    private Enrolment lockedEnrolment(String code, String candidateNumber) {
        ExamSession session = sessions.require(code);
        session.requireScheduled();
        Candidate candidate = candidate(candidateNumber)
                .orElseThrow(() -> RuleViolation.notFound("candidate.notFound", String.valueOf(candidateNumber)));
        return sessions.enrolment(session, candidate)
                .flatMap(sessions::lock)
                .orElseThrow(() -> RuleViolation.notFound(
                        "enrolment.notFound", candidate.number().value()));
    }

    private Optional<Candidate> candidate(String number) {
        return CandidateNumber.typed(number).flatMap(candidates::find);
    }

    /** The default extra time of the scheme that awards the blueprint's title, as exam-content/ sets it. */
    private int schemeExtraTime(Blueprint blueprint) {
        return catalog.schemeForTitle(blueprint.title())
                .map(scheme -> scheme.written().extraTimePercentage())
                .orElseThrow(() -> RuleViolation.invalid("session.scheme.unknown", blueprint.title()));
    }

    private String generatedCode(String title, LocalDate date) {
        String stem = title + "-" + (date == null ? "" : date.format(CODE_DATE));
        for (int n = 1; ; n++) {
            String code = stem + "-" + n;
            if (sessions.find(code).isEmpty()) {
                return code;
            }
        }
    }
}
