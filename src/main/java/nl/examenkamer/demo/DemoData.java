package nl.examenkamer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import nl.examenkamer.curriculum.AttendanceRejected;
import nl.examenkamer.curriculum.AttendanceRow;
import nl.examenkamer.curriculum.BatchOrigin;
import nl.examenkamer.curriculum.CurriculumService;
import nl.examenkamer.identity.AccountService;
import nl.examenkamer.identity.Role;

/**
 * Demo mode only ({@code examenkamer.demo=true}, set by the README's run command): one account per
 * role, a demo training provider with a module per theme, two candidates with contact hours (one
 * admitted, one not yet: the candidate account's), a written exam open today for the candidate
 * account, an oral exam next week for the examiners, and a written exam taken and closed today
 * ({@link DemoExamHall}) for the board, so a newcomer can look around at once. Never active in tests
 * or production, where the setting is false. Safe to run on every start: what exists is kept.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** The demo password of every demo account, as listed in the README. */
    public static final String PASSWORD = "Examenkamer-demo-2026";

    static final String PROVIDER_CODE = "DEMO-OPL";

    @Inject
    private AccountService accounts;

    @Inject
    private DemoPeople people;

    @Inject
    private DemoExamHall hall;

    @Inject
    private CurriculumService curriculum;

    @Inject
    private nl.examenkamer.written.ExamSessionService writtenExams;

    @Inject
    private java.time.Clock clock;

    @Inject
    private nl.examenkamer.oral.ExaminerService examiners;

    @Inject
    private nl.examenkamer.oral.OralPlanningService oralPlanning;

    @Inject
    private nl.examenkamer.oral.OralScoringService oralScoring;

    /** Creates what is missing; called by {@link DemoStartup} in demo mode only. */
    public void load() {
        if (accounts.provider(PROVIDER_CODE).isEmpty()) {
            accounts.createProvider(PROVIDER_CODE, "Demo Opleidingen B.V.");
        }
        people.account("bestuur", "Bea Bestuur", Role.BOARD, null);
        people.account("examinator", "Erik Examinator", Role.EXAMINER, null);
        people.account("examinator2", "Eva Examinator", Role.EXAMINER, null);
        people.account("opleider", "Olga Opleider", Role.PROVIDER, PROVIDER_CODE);
        curriculum();
        hall.takeOnce();
        LOG.warning("Demo mode: demo accounts are present. Never run demo mode in production.");
    }

    private void curriculum() {
        if (curriculum.modulesOf(PROVIDER_CODE).isEmpty()) {
            module(
                    "AG-BASIS",
                    "Arbeid en gezondheid: ziekte, herstel en belastbaarheid",
                    "arbeid-en-gezondheid",
                    "16",
                    "26");
            module(
                    "AO-BASIS",
                    "Arbeid en organisatie: verzuimbeleid en re-integratie in de organisatie",
                    "arbeid-en-organisatie",
                    "12",
                    "20");
            module(
                    "WK-POORTWACHTER",
                    "Wettelijk kader: Wet verbetering poortwachter en loondoorbetaling",
                    "wettelijk-kader",
                    "20",
                    "34");
            module(
                    "PR-INTERVISIE",
                    "Professionaliseren: intervisie en beroepsethiek",
                    "professionaliseren",
                    "12",
                    "20");
        }
        String karin = people.candidateWithAccount("kandidaat", "Karin Kandidaat", LocalDate.of(1988, 5, 17));
        String daan = people.candidate("Daan de Demo", "daan@demo.examenkamer.nl", LocalDate.of(1979, 11, 2));
        writtenExamToday(karin);
        oralExamNextWeek(daan);
        try {
            recordDemoHours(karin, daan);
        } catch (AttendanceRejected changedSinceLastStart) {
            LOG.info("Demo contact hours were changed in the application; they are left as they are.");
        }
    }

    /** A written exam session of today, start window open all day, with Karin enrolled. */
    private void writtenExamToday(String karin) {
        String code = "DEMO-" + DemoSessions.today(clock).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        if (writtenExams.find(code).isPresent()) {
            return;
        }
        writtenExams.create(
                DemoSessions.BLUEPRINT,
                DemoSessions.allDayToday(clock, code, "Schriftelijk examen RCCM (demo)", null, 30));
        writtenExams.enrol(code, karin, 0, null);
    }

    /** Daan's oral exam (RCCM) a week from today, with both demo examiners, so they can score it. */
    private void oralExamNextWeek(String daan) {
        if (!oralScoring.plannedFor(daan).isEmpty()) {
            return;
        }
        java.time.ZoneId dutch = java.time.ZoneId.of("Europe/Amsterdam");
        LocalDate day = LocalDate.now(clock.withZone(dutch)).plusDays(7);
        var available = Set.of(
                new nl.examenkamer.oral.Availability(day, nl.examenkamer.oral.DayPart.MORNING),
                new nl.examenkamer.oral.Availability(day, nl.examenkamer.oral.DayPart.AFTERNOON));
        for (String examiner : List.of("examinator", "examinator2")) {
            examiners.saveProfile(examiner, Set.of("CROV", "RCCM", "RCMT"), Set.of());
            examiners.declareAvailability(examiner, day, day, available);
        }
        var demoDay = oralPlanning.createDay(
                day, "Utrecht (demo)", List.of(new nl.examenkamer.oral.OralPlanningService.RoomInput("Zaal 1", null)));
        oralPlanning.markEligible(daan, "RCCM", "Demo: schriftelijk examen als behaald aangemerkt");
        oralPlanning.plan(
                daan,
                "RCCM",
                new nl.examenkamer.oral.OralPlanningService.Placement(
                        demoDay.rooms().get(0).id(), day.atTime(10, 0), "examinator", "examinator2"));
    }

    private void recordDemoHours(String karin, String daan) {
        // Fixed dates: the same rows on every start are recognised as already recorded.
        curriculum.record(
                PROVIDER_CODE,
                List.of(
                        row(1, "DEMO-K1", karin, "AG-BASIS", LocalDate.of(2026, 6, 4), "16", "26"),
                        row(2, "DEMO-K2", karin, "AO-BASIS", LocalDate.of(2026, 7, 2), "12", "20"),
                        row(3, "DEMO-K3", karin, "WK-POORTWACHTER", LocalDate.of(2026, 9, 10), "12", "20"),
                        row(4, "DEMO-D1", daan, "AG-BASIS", LocalDate.of(2026, 2, 12), "16", "26"),
                        row(5, "DEMO-D2", daan, "AO-BASIS", LocalDate.of(2026, 3, 12), "12", "20"),
                        row(6, "DEMO-D3", daan, "WK-POORTWACHTER", LocalDate.of(2026, 4, 9), "20", "34"),
                        row(7, "DEMO-D4", daan, "PR-INTERVISIE", LocalDate.of(2026, 5, 14), "12", "20")),
                BatchOrigin.DEMO);
    }

    private void module(String code, String title, String theme, String contact, String studyLoad) {
        curriculum.createModule(PROVIDER_CODE, code, title, theme, contact, studyLoad, Set.of());
    }

    private static AttendanceRow row(
            int line, String rowId, String candidate, String module, LocalDate date, String contact, String studyLoad) {
        return new AttendanceRow(line, rowId, candidate, module, date.toString(), contact, studyLoad);
    }
}
