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
import nl.examenkamer.oral.ExaminerService;
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

    @Inject
    private ExaminerService examiners;

    @Inject
    private Caller caller;

    @Inject
    private PageMessages messages;

    private LocalDate day;
    private List<String> parts = new ArrayList<>(List.of(DayPart.MORNING.name(), DayPart.AFTERNOON.name()));
    private String conflictNumber;
    private String conflictReason;
    private transient Optional<ExaminerService.ExaminerView> profile;

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
                                Collectors.mapping(
                                        a -> messages.text(
                                                "oral.dayPart." + a.part().name()),
                                        Collectors.joining(", "))))
                        .entrySet()
                        .stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .toList())
                .orElse(List.of());
    }

    public DayPart[] getDayParts() {
        return DayPart.values();
    }

    /** Replaces the availability of the chosen day with the parts ticked (none: not available). */
    public void declareDay() {
        try {
            Set<Availability> declared = day == null
                    ? Set.of()
                    : parts.stream()
                            .map(part -> new Availability(day, DayPart.valueOf(part)))
                            .collect(Collectors.toSet());
            examiners.declareAvailability(caller.name(), day, day, declared);
            messages.info("examiner.availability.saved", day);
            profile = null;
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
    }

    public void declareConflict() {
        try {
            examiners.declareConflict(caller.name(), conflictNumber, conflictReason);
            messages.info("examiner.conflict.saved", conflictNumber);
            conflictNumber = null;
            conflictReason = null;
            profile = null;
        } catch (RuleViolation violation) {
            messages.show(violation);
        }
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
