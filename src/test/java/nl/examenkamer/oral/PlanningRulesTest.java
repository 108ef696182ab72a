package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.examenkamer.oral.PlanningRules.Booking;
import nl.examenkamer.oral.PlanningRules.Candidate;
import nl.examenkamer.oral.PlanningRules.Examiner;
import nl.examenkamer.oral.PlanningRules.Proposal;
import org.junit.jupiter.api.Test;

/** Each hard rule of oral exam planning, alone, with the reason the board is given. */
class PlanningRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final long ROOM = 1;
    private static final long OTHER_ROOM = 2;

    private final Map<String, Examiner> examiners = new HashMap<>(Map.of(
            "anna", examiner("anna", "Anna de Vries"),
            "bram", examiner("bram", "Bram Jansen"),
            "cees", examiner("cees", "Cees Bakker")));
    private final Candidate karin = new Candidate("C0000018", Set.of("OPL-A"), true);

    @Test
    void aProposalThatBreaksNoRuleIsAccepted() {
        assertEquals(List.of(), check(proposal(at(9, 0), "anna", "bram"), karin, List.of()));
    }

    @Test
    void anExaminerWhoIsNotAvailableThatPartOfTheDayIsRefused() {
        // 11:30 + 60 + 15 runs into the afternoon, for which nobody declared availability.
        List<Breach> breaches = check(proposal(at(11, 30), "anna", "bram"), karin, List.of());
        assertEquals(
                List.of(
                        Breach.of("oral.rule.examinerNotAvailable", "Anna de Vries", DAY, DayPart.AFTERNOON),
                        Breach.of("oral.rule.examinerNotAvailable", "Bram Jansen", DAY, DayPart.AFTERNOON)),
                breaches);
    }

    @Test
    void anExaminerOnAnotherExamAtAnOverlappingTimeIsRefused() {
        Booking earlier = new Booking(7, "C0000026", OTHER_ROOM, slot(at(9, 0)), "cees", "anna");
        List<Breach> breaches = check(proposal(at(10, 0), "anna", "bram"), karin, List.of(earlier));
        assertEquals(
                List.of(Breach.of("oral.rule.examinerDoubleBooked", "Anna de Vries", LocalTime.of(9, 0))), breaches);
    }

    @Test
    void aSlotRightAfterTheDeliberationIsNotADoubleBooking() {
        Booking earlier = new Booking(7, "C0000026", ROOM, slot(at(9, 0)), "anna", "bram");
        assertEquals(List.of(), check(proposal(at(10, 15), "anna", "bram"), karin, List.of(earlier)));
    }

    @Test
    void anExaminerNotQualifiedForTheTitleIsRefused() {
        examiners.put(
                "anna", new Examiner("anna", "Anna de Vries", Set.of("CROV"), Set.of(), availableAllDay(), Set.of()));
        assertEquals(
                List.of(Breach.of("oral.rule.examinerNotQualified", "Anna de Vries", "RCCM")),
                check(proposal(at(9, 0), "anna", "bram"), karin, List.of()));
    }

    @Test
    void anExaminerLinkedToTheCandidatesTrainingProviderIsRefused() {
        examiners.put(
                "bram",
                new Examiner("bram", "Bram Jansen", Set.of("RCCM"), Set.of("OPL-A"), availableAllDay(), Set.of()));
        assertEquals(
                List.of(Breach.of("oral.rule.examinerLinkedToProvider", "Bram Jansen", "OPL-A", "C0000018")),
                check(proposal(at(9, 0), "anna", "bram"), karin, List.of()));
    }

    @Test
    void anExaminerWithADeclaredConflictOfInterestIsRefused() {
        examiners.put(
                "bram",
                new Examiner("bram", "Bram Jansen", Set.of("RCCM"), Set.of(), availableAllDay(), Set.of("C0000018")));
        assertEquals(
                List.of(Breach.of("oral.rule.examinerConflict", "Bram Jansen", "C0000018")),
                check(proposal(at(9, 0), "anna", "bram"), karin, List.of()));
    }

    @Test
    void aRoomAlreadyTakenIsRefused() {
        Booking taken = new Booking(7, "C0000026", ROOM, slot(at(8, 30)), "cees", "cees");
        assertEquals(
                List.of(Breach.of("oral.rule.roomDoubleBooked", LocalTime.of(8, 30))),
                check(proposal(at(9, 0), "anna", "bram"), karin, List.of(taken)));
    }

    @Test
    void aCandidateAlreadyPlannedAtThatTimeIsRefused() {
        Booking own = new Booking(7, "C0000018", OTHER_ROOM, slot(at(9, 30)), "cees", "cees");
        assertEquals(
                List.of(Breach.of("oral.rule.candidateDoubleBooked", "C0000018", LocalTime.of(9, 30))),
                check(proposal(at(9, 0), "anna", "bram"), karin, List.of(own)));
    }

    @Test
    void aCandidateWhoIsNotEligibleIsRefused() {
        Candidate notYet = new Candidate("C0000018", Set.of("OPL-A"), false);
        assertEquals(
                List.of(Breach.of("oral.rule.candidateNotEligible", "C0000018", "RCCM")),
                check(proposal(at(9, 0), "anna", "bram"), notYet, List.of()));
    }

    @Test
    void theSameExaminerCannotChairAndSecond() {
        assertEquals(
                List.of(Breach.of("oral.rule.sameExaminerTwice", "anna")),
                check(proposal(at(9, 0), "anna", "anna"), karin, List.of()));
        assertEquals(
                List.of(Breach.of("oral.rule.twoExaminersNeeded")),
                check(proposal(at(9, 0), "anna", null), karin, List.of()));
    }

    @Test
    void anUnknownExaminerIsRefusedByName() {
        assertEquals(
                List.of(Breach.of("oral.rule.examinerUnknown", "zoe")),
                check(proposal(at(9, 0), "anna", "zoe"), karin, List.of()));
    }

    @Test
    void aSlotBeforeEightOrPastTheEveningIsRefused() {
        assertEquals(
                List.of(Breach.of("oral.rule.outsideDay", LocalTime.of(7, 0), LocalTime.of(8, 15))),
                check(proposal(at(7, 0), "anna", "bram"), karin, List.of()));
    }

    @Test
    void reschedulingAnExamDoesNotCollideWithItself() {
        Booking itself = new Booking(7, "C0000018", ROOM, slot(at(9, 0)), "anna", "bram");
        Proposal moved = new Proposal(7L, "C0000018", "RCCM", ROOM, slot(at(9, 30)), "anna", "bram");
        assertEquals(List.of(), PlanningRules.check(moved, examiners, karin, List.of(itself)));
    }

    @Test
    void everyBrokenRuleIsListedAtOnce() {
        Candidate notYet = new Candidate("C0000018", Set.of("OPL-A"), false);
        examiners.put(
                "bram",
                new Examiner("bram", "Bram Jansen", Set.of(), Set.of("OPL-A"), availableAllDay(), Set.of("C0000018")));
        List<String> rules = check(proposal(at(9, 0), "anna", "bram"), notYet, List.of()).stream()
                .map(Breach::rule)
                .toList();
        assertEquals(
                List.of(
                        "oral.rule.candidateNotEligible",
                        "oral.rule.examinerNotQualified",
                        "oral.rule.examinerLinkedToProvider",
                        "oral.rule.examinerConflict"),
                rules);
    }

    @Test
    void aPlannedExamStaysInOrderWhileNothingChanged() {
        assertEquals(List.of(), standing(karin, false));
    }

    @Test
    void aConflictDeclaredAfterPlanningBreaksThePlannedExam() {
        examiners.put(
                "bram",
                new Examiner("bram", "Bram Jansen", Set.of("RCCM"), Set.of(), morningOnly(), Set.of("C0000018")));
        assertEquals(
                List.of(Breach.of("oral.rule.examinerConflict", "Bram Jansen", "C0000018")), standing(karin, false));
        assertEquals(
                List.of(Breach.of("oral.rule.examinerConflict", "Bram Jansen", "C0000018")),
                standing(karin, true),
                "a conflict taints the exam also once it has been held");
    }

    @Test
    void aDayWithdrawnAfterPlanningBreaksTheExamOnlyBeforeItStarts() {
        examiners.put("anna", new Examiner("anna", "Anna de Vries", Set.of("RCCM"), Set.of(), Set.of(), Set.of()));
        assertEquals(
                List.of(Breach.of("oral.rule.examinerNotAvailable", "Anna de Vries", DAY, DayPart.MORNING)),
                standing(karin, false));
        assertEquals(List.of(), standing(karin, true));
    }

    @Test
    void aLinkToTheCandidatesProviderOrALostTitleBreaksThePlannedExam() {
        examiners.put(
                "anna",
                new Examiner("anna", "Anna de Vries", Set.of("RCCM"), Set.of("OPL-A"), morningOnly(), Set.of()));
        examiners.put("bram", new Examiner("bram", "Bram Jansen", Set.of("CROV"), Set.of(), morningOnly(), Set.of()));
        examiners.remove("cees");
        assertEquals(
                List.of(
                        Breach.of("oral.rule.examinerLinkedToProvider", "Anna de Vries", "OPL-A", "C0000018"),
                        Breach.of("oral.rule.examinerNotQualified", "Bram Jansen", "RCCM")),
                standing(karin, false));
        assertEquals(
                List.of(Breach.of("oral.rule.examinerLinkedToProvider", "Anna de Vries", "OPL-A", "C0000018")),
                standing(karin, true),
                "a title lost once the exam has started does not undo it; the link does");
    }

    @Test
    void theRulesOfTheDayItselfAreNotCheckedAgain() {
        // Eligibility is spent by the exam itself and rooms and times were checked when it was planned.
        Candidate notEligibleAnyMore = new Candidate("C0000018", Set.of("OPL-A"), false);
        assertEquals(List.of(), standing(notEligibleAnyMore, false));
    }

    @Test
    void onlyAConflictOrAProviderLinkStopsTheScoring() {
        Booking planned = new Booking(7, "C0000018", ROOM, slot(at(9, 0)), "anna", "bram");
        examiners.put("anna", new Examiner("anna", "Anna de Vries", Set.of("CROV"), Set.of(), Set.of(), Set.of()));
        assertEquals(
                List.of(),
                PlanningRules.partiality(planned, examiners, karin),
                "a day withdrawn or a title lost later does not make the exam held then partial");

        examiners.put(
                "anna",
                new Examiner("anna", "Anna de Vries", Set.of("RCCM"), Set.of("OPL-A"), morningOnly(), Set.of()));
        examiners.put(
                "bram",
                new Examiner("bram", "Bram Jansen", Set.of("RCCM"), Set.of(), morningOnly(), Set.of("C0000018")));
        assertEquals(
                List.of(
                        Breach.of("oral.rule.examinerLinkedToProvider", "Anna de Vries", "OPL-A", "C0000018"),
                        Breach.of("oral.rule.examinerConflict", "Bram Jansen", "C0000018")),
                PlanningRules.partiality(planned, examiners, karin));
    }

    /** Karin's exam as planned at 09:00 with Anna and Bram, checked again now. */
    private List<Breach> standing(Candidate candidate, boolean started) {
        Booking planned = new Booking(7, "C0000018", ROOM, slot(at(9, 0)), "anna", "bram");
        return PlanningRules.standing(planned, "RCCM", examiners, candidate, started);
    }

    private List<Breach> check(Proposal proposal, Candidate candidate, List<Booking> bookings) {
        return PlanningRules.check(proposal, examiners, candidate, bookings);
    }

    private static Proposal proposal(LocalDateTime start, String chair, String second) {
        return new Proposal(null, "C0000018", "RCCM", ROOM, slot(start), chair, second);
    }

    private static ExamSlot slot(LocalDateTime start) {
        return ExamSlot.at(start, 60, 15);
    }

    private static LocalDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute);
    }

    private static Examiner examiner(String username, String name) {
        return new Examiner(username, name, Set.of("RCCM", "CROV"), Set.of("OPL-B"), morningOnly(), Set.of());
    }

    private static Set<Availability> morningOnly() {
        return Set.of(new Availability(DAY, DayPart.MORNING));
    }

    private static Set<Availability> availableAllDay() {
        return Set.of(
                new Availability(DAY, DayPart.MORNING),
                new Availability(DAY, DayPart.AFTERNOON),
                new Availability(DAY, DayPart.EVENING));
    }
}
