package nl.examenkamer.oral.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.examenkamer.identity.Caller;
import nl.examenkamer.oral.Availability;
import nl.examenkamer.oral.DayPart;
import nl.examenkamer.oral.ExamDayAnswer;
import nl.examenkamer.oral.ExaminerService;
import nl.examenkamer.oral.OralExamView;
import nl.examenkamer.oral.PlanConcerns;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;

/**
 * What an examiner declares on their home page: on which parts of a day they can examine, and with
 * which candidates they have a conflict of interest.
 */
@Named
@ViewScoped
public class ExaminerDeclarationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<String> WORKING_DAY = List.of(DayPart.MORNING.name(), DayPart.AFTERNOON.name());

    @Inject
    private ExaminerService examiners;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    @Inject
    private PlanConcerns concerns;

    private LocalDate day;
    private LocalDate until;
    private List<String> parts = new ArrayList<>(WORKING_DAY);
    private String conflictNumber;
    private String conflictReason;
    private transient Optional<ExaminerService.ExaminerView> profile;
    private transient List<ExamDayAnswer> examDays;

    public Optional<ExaminerService.ExaminerView> getProfile() {
        if (profile == null) {
            profile = examiners.profile(caller.name());
        }
        return profile;
    }

    /** Declared availability, one line per day with its parts, from today on. */
    public List<String> getAvailability() {
        return getProfile()
                .map(p -> p.availability().stream()
                        .collect(Collectors.groupingBy(
                                Availability::day,
                                java.util.TreeMap::new,
                                Collectors.mapping(Availability::part, Collectors.toList())))
                        .entrySet()
                        .stream()
                        .map(e -> e.getKey() + ": " + partsText(e.getValue()))
                        .toList())
                .orElse(List.of());
    }

    /** The board's exam dates ahead, each with what this examiner declared for it. */
    public List<ExamDayAnswer> getExamDays() {
        if (examDays == null) {
            examDays = examiners.examDaysAhead(caller.name());
        }
        return examDays;
    }

    /**
     * Exam dates ahead this examiner has given no part of: what the board is waiting for. None for an
     * examiner the board has given no title yet: they are not asked and cannot be planned.
     */
    public long getUnansweredDays() {
        if (getProfile().map(p -> p.titles().isEmpty()).orElse(true)) {
            return 0;
        }
        return getExamDays().stream().filter(examDay -> !examDay.answered()).count();
    }

    public String locationsText(ExamDayAnswer examDay) {
        return String.join(", ", examDay.locations());
    }

    /** The parts of a day in words, as in the list of declared days. */
    public String partsText(List<DayPart> available) {
        return available.stream()
                .map(part -> messages.text("oral.dayPart." + part.name()))
                .collect(Collectors.joining(", "));
    }

    /**
     * Puts a date in the form with the parts declared for it (none for a day answered "not available"),
     * so that changing an answer starts from it; a date not yet answered starts from the usual working day.
     */
    public void choose(LocalDate date) {
        day = date;
        until = null;
        dayChosen();
    }

    /** The parts already declared for the date in the form. */
    public void dayChosen() {
        if (day == null) {
            return;
        }
        parts = new ArrayList<>(answerOn(day)
                .map(given -> given.stream().map(DayPart::name).toList())
                .orElse(WORKING_DAY));
    }

    /**
     * What the examiner gave before for the date in the form, shown beside a date typed rather than
     * picked; null for a date not answered. The ticks are left as they are: a typed date is followed
     * at once by a save, which must store what the examiner sees ticked.
     */
    public String getGivenOnDay() {
        if (day == null) {
            return null;
        }
        return answerOn(day)
                .map(given -> given.isEmpty()
                        ? messages.text("examiner.availability.givenNone")
                        : messages.text("examiner.availability.given", partsText(given)))
                .orElse(null);
    }

    /** The parts the examiner gave for a date, none for "not available"; empty when they have not answered it. */
    private Optional<List<DayPart>> answerOn(LocalDate date) {
        return getProfile().filter(p -> p.hasAnswered(date)).map(p -> p.availability().stream()
                .filter(a -> a.day().equals(date))
                .map(Availability::part)
                .toList());
    }

    public DayPart[] getDayParts() {
        return DayPart.values();
    }

    /** Answers an exam day with "not available" in one step, without going through the form. */
    public void decline(LocalDate date) {
        day = date;
        until = null; // that day only, whatever last day the form still holds
        parts = new ArrayList<>();
        declareDay();
    }

    /**
     * Replaces the availability of the chosen day, or of every day up to the last one given, with the
     * parts ticked (none: not available).
     */
    public void declareDay() {
        if (day == null) {
            messages.error("examiner.availability.day");
            return;
        }
        LocalDate last = until == null ? day : until;
        try {
            Set<Availability> declared = Availability.everyDay(
                    day, last, parts.stream().map(DayPart::valueOf).toList());
            List<OralExamView> putOutOfOrder = concerns.putOutOfOrderBy(
                    caller.name(), () -> examiners.declareAvailability(caller.name(), day, last, declared));
            if (last.equals(day)) {
                messages.info(parts.isEmpty() ? "examiner.availability.declined" : "examiner.availability.saved", day);
            } else {
                messages.info(
                        parts.isEmpty() ? "examiner.availability.declinedPeriod" : "examiner.availability.savedPeriod",
                        day,
                        last);
            }
            until = null;
            warnAbout(putOutOfOrder);
            profile = null;
            examDays = null;
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void declareConflict() {
        try {
            List<OralExamView> putOutOfOrder = concerns.putOutOfOrderBy(
                    caller.name(), () -> examiners.declareConflict(caller.name(), conflictNumber, conflictReason));
            messages.info("examiner.conflict.saved", conflictNumber);
            warnAbout(putOutOfOrder);
            conflictNumber = null;
            conflictReason = null;
            profile = null;
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    /** An examiner who declares themselves away from an exam they are planned for must know the board will move it. */
    private void warnAbout(List<OralExamView> putOutOfOrder) {
        putOutOfOrder.forEach(
                exam -> messages.warn("examiner.declared.outOfOrder", exam.date(), exam.start(), exam.candidateName()));
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<String> getParts() {
        return parts;
    }

    public void setParts(List<String> parts) {
        this.parts = parts == null ? new ArrayList<>() : new ArrayList<>(parts);
    }

    public String getConflictNumber() {
        return conflictNumber;
    }

    public void setConflictNumber(String conflictNumber) {
        this.conflictNumber = conflictNumber;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String conflictReason) {
        this.conflictReason = conflictReason;
    }
}
