package nl.examenkamer.oral.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.identity.web.CandidatePicker;
import nl.examenkamer.oral.ExaminerService;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.OralPlanningService;
import nl.examenkamer.oral.OralRulesBroken;
import nl.examenkamer.oral.OralScoringService;
import nl.examenkamer.oral.PlanConcerns;
import nl.examenkamer.oral.ReliabilityService;
import nl.examenkamer.shared.Period;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.Moments;
import nl.examenkamer.web.PageMessages;

/**
 * The board's oral exam planning: exam days with rooms, eligibility by hand, planning (or moving)
 * an exam with two examiners, cancelling, releasing results, and examiner reliability over the
 * period shown. Lists are read per request; only form fields live in the view.
 */
@Named
@ViewScoped
public class OralPlanningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OralPlanningService planning;

    @Inject
    private OralScoringService scoring;

    @Inject
    private ExaminerService examiners;

    @Inject
    private ReliabilityService reliability;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private PageMessages messages;

    @Inject
    private Moments moments;

    @Inject
    private BrokenRulesMessages brokenRules;

    @Inject
    private PlanConcerns planConcerns;

    private LocalDate from;
    private LocalDate until;
    /** The period the lists show: the last one applied, so a refused one leaves them as they were. */
    private LocalDate listedFrom;

    private LocalDate listedUntil;
    private LocalDate dayDate;
    private String dayLocation;
    private String dayRooms;
    private String candidateNumber;
    private String title;
    private Long roomId;
    private LocalTime startTime;
    private String chair;
    private String second;
    private Long editing;
    private String reason;
    private String eligibleNumber;
    private String eligibleTitle;
    private String eligibleReason;
    private transient List<OralExamView> exams;
    private transient Map<Long, List<String>> concerns;
    private transient List<OralPlanningService.DayView> days;
    private transient ReliabilityService.Report report;

    public void load() {
        fillPeriod();
        list();
    }

    /** A period field left empty means what the page opens with: from today, for 90 days. */
    private void fillPeriod() {
        if (from == null) {
            from = moments.today();
        }
        if (until == null) {
            until = from.plusDays(90);
        }
    }

    private void list() {
        listedFrom = from;
        listedUntil = until;
        refresh();
    }

    /** The list again after exams were planned elsewhere on the page (the scheduler's proposal). */
    public void showAgain() {
        refresh();
    }

    /** Reads the lists again after a change, for the period they show. */
    private void refresh() {
        exams = null;
        concerns = null;
        days = null;
        report = null;
    }

    public List<OralExamView> getExams() {
        if (exams == null) {
            exams = planning.between(listedFrom, listedUntil);
        }
        return exams;
    }

    /** The rules the listed exam has come to break since it was planned; empty when it is in order. */
    public List<String> concernsOf(OralExamView exam) {
        if (concerns == null) {
            concerns = new HashMap<>();
            planConcerns.of(getExams()).forEach((id, breaches) -> concerns.put(id, brokenRules.texts(breaches)));
        }
        return concerns.getOrDefault(exam.id(), List.of());
    }

    public List<OralPlanningService.DayView> getDays() {
        if (days == null) {
            days = planning.days(listedFrom);
        }
        return days;
    }

    public String names(List<String> names) {
        return String.join(", ", names);
    }

    public List<SelectItem> getRooms() {
        List<SelectItem> items = new ArrayList<>();
        for (OralPlanningService.DayView day : getDays()) {
            for (OralPlanningService.RoomView room : day.rooms()) {
                items.add(new SelectItem(room.id(), day.date() + " · " + day.location() + " · " + room.name()));
            }
        }
        return items;
    }

    public List<SelectItem> getExaminerItems() {
        return examiners.all().stream()
                .map(e -> new SelectItem(e.username(), e.name() + " (" + String.join(", ", e.titles()) + ")"))
                .toList();
    }

    public List<SelectItem> getTitles() {
        return catalog.titles().stream()
                .map(t -> new SelectItem(t.code(), t.name()))
                .toList();
    }

    public ReliabilityService.Report getReport() {
        if (report == null) {
            report = reliability.between(listedFrom, listedUntil);
        }
        return report;
    }

    public void show() {
        fillPeriod();
        try {
            Period.requireOrdered(from, until);
            list();
        } catch (RuleViolation violation) {
            messages.errorFor("oralPlanning:until", violation);
        }
    }

    public void createDay() {
        try {
            List<OralPlanningService.RoomInput> rooms = dayRooms == null
                    ? List.of()
                    : Arrays.stream(dayRooms.split(","))
                            .map(String::strip)
                            .filter(name -> !name.isEmpty())
                            .map(name -> new OralPlanningService.RoomInput(name, null))
                            .toList();
            planning.createDay(dayDate, dayLocation, rooms);
            messages.info("oral.day.created", dayDate);
            dayDate = null;
            dayLocation = null;
            dayRooms = null;
            refresh();
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    /** Mails the examiners who have not given the day's date; asked again, only those still silent. */
    public void askExaminers(long dayId) {
        try {
            OralPlanningService.ExaminersAsked asked = planning.askExaminers(dayId);
            messages.info("oral.day.asked", asked.asked(), asked.date());
            refresh();
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void markEligible() {
        try {
            String number = CandidatePicker.numberOf(eligibleNumber);
            planning.markEligible(number, eligibleTitle, eligibleReason);
            messages.info("oral.eligibility.marked", number, eligibleTitle);
            eligibleNumber = null;
            eligibleReason = null;
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    /** Plans a new exam, or moves the one being edited (which needs a reason). */
    public void plan() {
        try {
            OralPlanningService.Placement placement =
                    new OralPlanningService.Placement(roomId == null ? -1 : roomId, startOn(roomId), chair, second);
            OralExamView saved = editing == null
                    ? planning.plan(CandidatePicker.numberOf(candidateNumber), title, placement)
                    : planning.reschedule(editing, placement, reason);
            messages.info(
                    editing == null ? "oral.planned" : "oral.rescheduled",
                    saved.candidateName(),
                    saved.date(),
                    saved.start());
            // the list shows the exam just planned, even outside the period it showed
            from = saved.date().isBefore(listedFrom) ? saved.date() : listedFrom;
            until = saved.date().isAfter(listedUntil) ? saved.date() : listedUntil;
            clearPlan();
            list();
        } catch (OralRulesBroken broken) {
            brokenRules.show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void edit(OralExamView exam) {
        editing = exam.id();
        candidateNumber = exam.candidateNumber();
        title = exam.title();
        roomId = exam.roomId();
        startTime = exam.start();
        chair = exam.chair();
        second = exam.second();
        reason = null;
    }

    public void clearPlan() {
        editing = null;
        candidateNumber = null;
        roomId = null;
        startTime = null;
        chair = null;
        second = null;
        reason = null;
    }

    public void cancel(OralExamView exam) {
        try {
            planning.cancel(exam.id(), reason);
            messages.info("oral.cancelledNow", exam.candidateName());
            reason = null;
            refresh();
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void release(OralExamView exam) {
        try {
            scoring.release(exam.id());
            messages.info("oral.releasedNow", exam.candidateName());
            refresh();
        } catch (OralRulesBroken broken) {
            brokenRules.show(broken);
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    private java.time.LocalDateTime startOn(Long room) {
        if (room == null || startTime == null) {
            return null;
        }
        return getDays().stream()
                .filter(day -> day.rooms().stream().anyMatch(r -> r.id() == room))
                .findFirst()
                .map(day -> day.date().atTime(startTime))
                .orElse(null);
    }

    public String kappa(Double value) {
        return value == null ? "–" : String.format("%.2f", value);
    }

    public String percentage(double share) {
        return Double.isNaN(share) ? "–" : String.format("%.0f %%", share * 100);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public LocalDate getDayDate() {
        return dayDate;
    }

    public void setDayDate(LocalDate dayDate) {
        this.dayDate = dayDate;
    }

    public String getDayLocation() {
        return dayLocation;
    }

    public void setDayLocation(String dayLocation) {
        this.dayLocation = dayLocation;
    }

    public String getDayRooms() {
        return dayRooms;
    }

    public void setDayRooms(String dayRooms) {
        this.dayRooms = dayRooms;
    }

    public String getCandidateNumber() {
        return candidateNumber;
    }

    public void setCandidateNumber(String candidateNumber) {
        this.candidateNumber = candidateNumber;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getSecond() {
        return second;
    }

    public void setSecond(String second) {
        this.second = second;
    }

    public Long getEditing() {
        return editing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEligibleNumber() {
        return eligibleNumber;
    }

    public void setEligibleNumber(String eligibleNumber) {
        this.eligibleNumber = eligibleNumber;
    }

    public String getEligibleTitle() {
        return eligibleTitle;
    }

    public void setEligibleTitle(String eligibleTitle) {
        this.eligibleTitle = eligibleTitle;
    }

    public String getEligibleReason() {
        return eligibleReason;
    }

    public void setEligibleReason(String eligibleReason) {
        this.eligibleReason = eligibleReason;
    }
}
