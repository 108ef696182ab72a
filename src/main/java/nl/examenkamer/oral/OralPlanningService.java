package nl.examenkamer.oral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.examenkamer.audit.AuditEvent;
import nl.examenkamer.audit.AuditLog;
import nl.examenkamer.audit.CurrentActor;
import nl.examenkamer.content.CertificationScheme;
import nl.examenkamer.content.CompetenceScope;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.content.ContentViews;
import nl.examenkamer.content.OralExamRules;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateNumber;
import nl.examenkamer.shared.Period;
import nl.examenkamer.shared.RuleViolation;

/**
 * The board plans oral exams: exam days with rooms, then each exam in a slot of the scheme's length
 * with two examiners, checked against every hard rule. Planning freezes the scoring form; planning,
 * rescheduling and cancelling are kept as history, audited, and send everyone the calendar event.
 */
@ApplicationScoped
@Transactional
public class OralPlanningService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OralExams exams;

    @Inject
    private OralViews views;

    @Inject
    private ExaminerService examiners;

    @Inject
    private ExaminerRoster roster;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private Invitations invitations;

    @Inject
    private AvailabilityMail availabilityMail;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog auditLog;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private Clock clock;

    public record RoomInput(String name, String videoLink) {}

    public record RoomView(long id, String name, String videoLink) {}

    /**
     * An exam day with its rooms and, by name, the examiners who said they can examine on its date,
     * those the board asks who have not answered for it yet and those who answered they cannot come.
     */
    public record DayView(
            long id,
            LocalDate date,
            String location,
            List<RoomView> rooms,
            List<String> availableExaminers,
            List<String> notAnswered,
            List<String> declined,
            Instant examinersAskedAt) {

        /** Not even one exam can be held on the day: every exam needs a chair and a second examiner. */
        public boolean lacksAPair() {
            return availableExaminers.size() < 2;
        }
    }

    /** Where and when, and who examines: the same for planning and rescheduling. */
    public record Placement(long roomId, LocalDateTime start, String chair, String second) {}

    public DayView createDay(LocalDate date, String location, List<RoomInput> rooms) {
        if (date == null) {
            throw RuleViolation.invalid("field.required", "date");
        }
        if (location == null || location.isBlank()) {
            throw RuleViolation.invalid("field.required", "location");
        }
        if (rooms == null || rooms.isEmpty()) {
            throw RuleViolation.invalid("oral.day.noRooms");
        }
        OralExamDay day = new OralExamDay(date, location.strip(), clock.instant(), currentActor.name());
        em.persist(day);
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (RoomInput input : rooms) {
            if (input == null || input.name() == null || input.name().isBlank()) {
                throw RuleViolation.invalid("field.required", "rooms[].name");
            }
            if (!names.add(input.name().strip())) {
                throw RuleViolation.invalid("oral.day.roomTwice", input.name().strip());
            }
            em.persist(new OralRoom(day, input.name().strip(), blankToNull(input.videoLink())));
        }
        em.flush();
        auditLog.record(AuditEvent.of("oral.day.created", "oral-exam-day", day.id())
                .withDetails(date + " " + location.strip() + " rooms=" + names));
        List<RoomView> roomViews =
                exams.roomsOf(day).stream().map(OralPlanningService::room).toList();
        return day(day, roomViews, roster.availableFrom(date), roster.repliesOn(List.of(date)));
    }

    /** The day the board asked its examiners about, and how many were mailed. */
    public record ExaminersAsked(LocalDate date, int asked) {}

    /**
     * Mails every examiner who has not given the day's date to ask on which parts of it they can
     * examine; asking again reminds only those still silent.
     */
    public ExaminersAsked askExaminers(long dayId) {
        OralExamDay day = em.find(OralExamDay.class, dayId, LockModeType.PESSIMISTIC_WRITE);
        if (day == null) {
            throw RuleViolation.notFound("oral.day.unknown", String.valueOf(dayId));
        }
        if (day.date().isBefore(LocalDate.now(clock))) {
            throw RuleViolation.invalid("oral.day.past", day.date());
        }
        List<ExaminerService.ExaminerView> silent = roster.notAnswered(day.date());
        availabilityMail.ask(day, silent);
        day.examinersAsked(clock.instant());
        auditLog.record(AuditEvent.of("oral.day.examinersAsked", "oral-exam-day", day.id())
                .withDetails(day.date() + " asked=" + silent.size()));
        return new ExaminersAsked(day.date(), silent.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DayView> days(LocalDate from) {
        Map<LocalDate, List<String>> available = roster.availableFrom(from);
        // the rooms of all days in one query: the board's home page reads every day ahead
        Map<Long, List<RoomView>> rooms = em
                .createQuery("select r from OralRoom r where r.day.date >= :from order by r.name", OralRoom.class)
                .setParameter("from", from)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        room -> room.day().id(), Collectors.mapping(OralPlanningService::room, Collectors.toList())));
        List<OralExamDay> days = em.createQuery(
                        "select d from OralExamDay d where d.date >= :from order by d.date, d.id", OralExamDay.class)
                .setParameter("from", from)
                .getResultList();
        Map<LocalDate, ExaminerRoster.Replies> replies =
                roster.repliesOn(days.stream().map(OralExamDay::date).collect(Collectors.toSet()));
        return days.stream()
                .map(day -> day(day, rooms.getOrDefault(day.id(), List.of()), available, replies))
                .toList();
    }

    public void markEligible(String candidateNumber, String title, String reason) {
        Candidate candidate = requireCandidate(candidateNumber);
        String titleCode = requireTitle(title);
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("oral.eligibility.reason");
        }
        String number = candidate.number().value();
        exams.markEligible(number, titleCode, reason.strip(), clock.instant(), currentActor.name());
        auditLog.record(AuditEvent.of("oral.eligibility.marked", "candidate", number)
                .because(reason.strip())
                .withDetails("title=" + titleCode));
    }

    public OralExamView plan(String candidateNumber, String title, Placement placement) {
        Candidate candidate = requireCandidate(candidateNumber);
        String titleCode = requireTitle(title);
        CertificationScheme scheme = schemeOf(titleCode);
        OralExamRules rules = scheme.oral();
        OralRoom room = lockRoomDay(placement.roomId());
        ExamSlot slot = slotOn(room, placement.start(), rules);
        PlanningRules.Proposal proposal = new PlanningRules.Proposal(
                null,
                candidate.number().value(),
                titleCode,
                room.id(),
                slot,
                clean(placement.chair()),
                clean(placement.second()));
        refuseBrokenRules(proposal, candidate);

        OralExam exam = new OralExam(
                candidate.number().value(),
                titleCode,
                room,
                slot,
                proposal.chair(),
                proposal.second(),
                "oral-" + UUID.randomUUID() + "@examenkamer.nl",
                new OralExam.Rules(
                        scheme.code(),
                        rules.ratingScale(),
                        rules.minimumRating(),
                        rules.reasonRequiredAtOrBelow(),
                        rules.reconciliationGapNeedingReason()),
                formOf(titleCode),
                levelsOf(rules.ratingScale()),
                clock.instant(),
                currentActor.name());
        em.persist(exam);
        em.flush();
        em.persist(new OralExamChange(exam, OralExamChange.Kind.PLANNED, null, clock.instant(), currentActor.name()));
        auditLog.record(AuditEvent.of("oral.planned", "oral-exam", exam.id())
                .withDetails("candidate=" + exam.candidateNumber() + " title=" + titleCode + " start=" + exam.startsAt()
                        + " room=" + room.whereabouts() + " chair=" + exam.chair() + " second=" + exam.second()));
        invite(exam, Invitations.Occasion.PLANNED, candidate);
        return views.of(exam);
    }

    public OralExamView reschedule(long examId, Placement placement, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("oral.change.reason");
        }
        OralExam exam = exams.requireForUpdate(examId);
        requireChangeable(exam);
        if (exams.judged(examId)) {
            // Its forms speak of the sitting that was held, with the examiners who were there.
            throw RuleViolation.conflict("oral.change.judged", examId);
        }
        Candidate candidate = requireCandidate(exam.candidateNumber());
        OralExamRules rules = schemeOf(exam.title()).oral();
        OralRoom room = lockRoomDay(placement.roomId());
        ExamSlot slot = slotOn(room, placement.start(), rules);
        PlanningRules.Proposal proposal = new PlanningRules.Proposal(
                exam.id(),
                exam.candidateNumber(),
                exam.title(),
                room.id(),
                slot,
                clean(placement.chair()),
                clean(placement.second()));
        refuseBrokenRules(proposal, candidate);
        ExamSlot previousSlot = exam.slot();
        List<String> relieved = nonNull(exam.chair(), exam.second()).stream()
                .filter(examiner -> !examiner.equals(proposal.chair()) && !examiner.equals(proposal.second()))
                .toList();
        exam.reschedule(room, slot, proposal.chair(), proposal.second());
        em.persist(new OralExamChange(
                exam, OralExamChange.Kind.RESCHEDULED, reason.strip(), clock.instant(), currentActor.name()));
        auditLog.record(AuditEvent.of("oral.rescheduled", "oral-exam", exam.id())
                .because(reason.strip())
                .withDetails("start=" + exam.startsAt() + " room=" + room.whereabouts() + " chair=" + exam.chair()
                        + " second=" + exam.second() + " sequence=" + exam.calendarSequence()));
        invite(exam, Invitations.Occasion.CHANGED, candidate);
        for (String examiner : relieved) {
            invitations.relieve(exam, previousSlot, person(examiner), person(candidate));
        }
        return views.of(exam);
    }

    public OralExamView cancel(long examId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.invalid("oral.change.reason");
        }
        OralExam exam = exams.requireForUpdate(examId);
        requireChangeable(exam);
        boolean judged = exams.judged(examId);
        exam.cancel();
        em.persist(new OralExamChange(
                exam, OralExamChange.Kind.CANCELLED, reason.strip(), clock.instant(), currentActor.name()));
        auditLog.record(AuditEvent.of("oral.cancelled", "oral-exam", exam.id())
                .because(reason.strip())
                .withDetails("judged=" + judged));
        // Held and judged, "it does not take place" would be untrue: the mail says there will be no result.
        invite(
                exam,
                judged ? Invitations.Occasion.ANNULLED : Invitations.Occasion.CANCELLED,
                requireCandidate(exam.candidateNumber()));
        return views.of(exam);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OralExamView> between(LocalDate from, LocalDate until) {
        Period.requireOrdered(from, until);
        return views.of(exams.between(
                from.atStartOfDay(ExamSlot.ZONE).toInstant(),
                until.plusDays(1).atStartOfDay(ExamSlot.ZONE).toInstant()));
    }

    /**
     * Exams held or decided whose result has not reached the candidate, oldest first, at whatever
     * step they are: the board's list of what to release or chase, whatever period its planning
     * page shows.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OralExamView> resultPending() {
        return views.of(exams.resultPending(clock.instant()));
    }

    /** A candidate's oral exams, newest first, cancelled ones included: for the board's candidate file. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OralExamView> ofCandidate(String candidateNumber) {
        return views.of(exams.ofCandidate(candidateNumber));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OralExamView view(long examId) {
        return views.of(exams.require(examId));
    }

    public record ChangeView(String kind, java.time.Instant at, String by, java.time.Instant startsAt, String reason) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeView> history(long examId) {
        exams.require(examId);
        return exams.history(examId).stream()
                .map(c -> new ChangeView(c.kind().name(), c.changedAt(), c.changedBy(), c.startsAt(), c.reason()))
                .toList();
    }

    private void refuseBrokenRules(PlanningRules.Proposal proposal, Candidate candidate) {
        Map<String, PlanningRules.Examiner> profiles = new HashMap<>();
        for (String username : new TreeSet<>(nonNull(proposal.chair(), proposal.second()))) {
            // Locked in name order: two planners choosing the same examiner wait for each other.
            examiners.find(username).ifPresent(examiner -> {
                em.lock(examiner, LockModeType.PESSIMISTIC_WRITE);
                profiles.put(username, examiner.rules());
            });
        }
        em.lock(candidate, LockModeType.PESSIMISTIC_WRITE);
        PlanningRules.Candidate facts = new PlanningRules.Candidate(
                proposal.candidateNumber(),
                exams.providersOf(proposal.candidateNumber()),
                exams.eligible(proposal.candidateNumber(), proposal.title()));
        List<Breach> breaches = PlanningRules.check(
                proposal,
                profiles,
                facts,
                exams.bookingsAround(proposal.slot().start().toInstant()));
        if (!breaches.isEmpty()) {
            throw new OralRulesBroken("oral.plan.refused", breaches);
        }
    }

    private void invite(OralExam exam, Invitations.Occasion occasion, Candidate candidate) {
        invitations.send(exam, occasion, person(candidate), person(exam.chair()), person(exam.second()));
    }

    private Invitations.Person person(Candidate candidate) {
        return new Invitations.Person(
                candidate.fullName(),
                candidate.email(),
                accounts.mailLanguage(candidate.accountUsername().orElse(null)));
    }

    private Invitations.Person person(String examiner) {
        return examiners
                .find(examiner)
                .map(e -> new Invitations.Person(e.fullName(), e.email(), accounts.mailLanguage(e.username())))
                .orElseThrow(() -> RuleViolation.invalid("oral.rule.examinerUnknown", examiner));
    }

    private static void requireChangeable(OralExam exam) {
        if (exam.status() != OralExamStatus.PLANNED) {
            throw RuleViolation.conflict(
                    "oral.change.notPlanned", exam.id(), exam.status().name());
        }
    }

    private OralRoom lockRoomDay(long roomId) {
        OralRoom room = exams.room(roomId)
                .orElseThrow(() -> RuleViolation.invalid("oral.room.unknown", String.valueOf(roomId)));
        em.lock(room.day(), LockModeType.PESSIMISTIC_WRITE);
        return room;
    }

    private static ExamSlot slotOn(OralRoom room, LocalDateTime start, OralExamRules rules) {
        if (start == null) {
            throw RuleViolation.invalid("field.required", "start");
        }
        if (!start.toLocalDate().equals(room.day().date())) {
            throw RuleViolation.invalid(
                    "oral.room.otherDay", room.name(), room.day().date());
        }
        return ExamSlot.at(start, rules.slotMinutes(), rules.deliberationMinutes());
    }

    private List<FormCompetence> formOf(String title) {
        List<ContentViews.CompetenceView> framework = catalog.framework(title);
        if (framework.isEmpty()) {
            throw RuleViolation.invalid("oral.framework.empty", title);
        }
        List<FormCompetence> form = new ArrayList<>();
        for (ContentViews.CompetenceView competence : framework) {
            form.add(new FormCompetence(
                    competence.code(),
                    competence.name(),
                    competence.scope() == CompetenceScope.CORE,
                    competence.definition(),
                    competence.indicators().stream()
                            .map(ContentViews.IndicatorView::text)
                            .toList()));
        }
        return form;
    }

    private List<FormLevel> levelsOf(String scale) {
        return catalog.ratingScales().stream()
                .filter(s -> s.code().equals(scale))
                .findFirst()
                .orElseThrow(() -> RuleViolation.invalid("oral.scale.unknown", scale))
                .levels()
                .stream()
                .map(level -> new FormLevel(level.rating(), level.name(), level.description()))
                .toList();
    }

    private CertificationScheme schemeOf(String title) {
        return catalog.schemeForTitle(title).orElseThrow(() -> RuleViolation.invalid("oral.title.unknown", title));
    }

    private String requireTitle(String title) {
        String code = title == null ? "" : title.strip().toUpperCase(Locale.ROOT);
        schemeOf(code);
        return code;
    }

    private Candidate requireCandidate(String number) {
        String clean = CandidateNumber.required(number).value();
        return exams.candidate(clean).orElseThrow(() -> RuleViolation.invalid("oral.candidate.unknown", clean));
    }

    private static RoomView room(OralRoom room) {
        return new RoomView(room.id(), room.name(), room.videoLink());
    }

    private DayView day(
            OralExamDay day,
            List<RoomView> rooms,
            Map<LocalDate, List<String>> available,
            Map<LocalDate, ExaminerRoster.Replies> replies) {
        ExaminerRoster.Replies replied = replies.getOrDefault(day.date(), ExaminerRoster.Replies.NONE);
        return new DayView(
                day.id(),
                day.date(),
                day.location(),
                rooms,
                available.getOrDefault(day.date(), List.of()),
                replied.notAnswered(),
                replied.declined(),
                day.examinersAskedAt());
    }

    private static List<String> nonNull(String... names) {
        List<String> list = new ArrayList<>();
        for (String name : names) {
            if (name != null) {
                list.add(name);
            }
        }
        return list;
    }

    private static String clean(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
