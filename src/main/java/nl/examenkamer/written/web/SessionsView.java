package nl.examenkamer.written.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.examenkamer.content.ContentCatalog;
import nl.examenkamer.shared.RuleViolation;
import nl.examenkamer.web.PageMessages;
import nl.examenkamer.written.ExamSession;
import nl.examenkamer.written.ExamSessionService;
import nl.examenkamer.written.InzageService;
import nl.examenkamer.written.SessionView;

/** The board's written exam sessions: the list, and planning a new one. */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Inject
    private ExamSessionService service;

    @Inject
    private ContentCatalog catalog;

    @Inject
    private PageMessages messages;

    @Inject
    private InzageService inzage;

    private transient Map<String, Long> inzageToPlan;
    private transient List<SelectItem> blueprints;

    private String blueprint;
    private String name;
    private LocalDate date;
    private LocalTime windowStart = LocalTime.of(9, 0);
    private LocalTime windowEnd = LocalTime.of(9, 30);
    private Integer durationMinutes;
    private Integer extraTimePercentage;
    private String location;
    private Integer capacity = 30;

    public List<SessionView> getSessions() {
        return service.all();
    }

    /** How many inspection requests of this session still wait for a window: the board's to-do. */
    public long inzageToPlan(SessionView session) {
        if (inzageToPlan == null) {
            inzageToPlan = inzage.toPlanBySession();
        }
        return inzageToPlan.getOrDefault(session.code(), 0L);
    }

    /** "1 inzage te plannen". */
    public String inzageToPlanLabel(SessionView session) {
        return messages.text("inzage.toPlan", inzageToPlan(session));
    }

    /**
     * Each blueprint by its name with what it asks, as the board chooses: a code says too little.
     * Read once per view: Faces asks for the list in several phases of every request, and the
     * coverage it comes from reads the whole active item bank.
     */
    public List<SelectItem> getBlueprints() {
        if (blueprints == null) {
            blueprints = blueprintChoices();
        }
        return blueprints;
    }

    private List<SelectItem> blueprintChoices() {
        return catalog.coverage().stream()
                .map(blueprint -> new SelectItem(
                        blueprint.code(),
                        messages.text(
                                "session.blueprint.option",
                                blueprint.name(),
                                blueprint.items(),
                                blueprint.durationMinutes())))
                .toList();
    }

    public String create() {
        if (date == null || windowStart == null || windowEnd == null || blueprint == null) {
            messages.error("session.plan.incomplete");
            return null;
        }
        try {
            SessionView created = service.create(
                    blueprint,
                    new ExamSession.Plan(
                            null,
                            name,
                            date,
                            date.atTime(windowStart).atZone(DUTCH_TIME).toInstant(),
                            date.atTime(windowEnd).atZone(DUTCH_TIME).toInstant(),
                            durationMinutes == null ? 0 : durationMinutes,
                            extraTimePercentage,
                            location,
                            capacity == null ? 0 : capacity));
            return "/board/session?faces-redirect=true&code=" + created.code();
        } catch (RuleViolation violation) {
            messages.show(violation);
            return null;
        }
    }

    public String getBlueprint() {
        return blueprint;
    }

    public void setBlueprint(String blueprint) {
        this.blueprint = blueprint;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(LocalTime windowStart) {
        this.windowStart = windowStart;
    }

    public LocalTime getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(LocalTime windowEnd) {
        this.windowEnd = windowEnd;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public Integer getExtraTimePercentage() {
        return extraTimePercentage;
    }

    public void setExtraTimePercentage(Integer extraTimePercentage) {
        this.extraTimePercentage = extraTimePercentage;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
