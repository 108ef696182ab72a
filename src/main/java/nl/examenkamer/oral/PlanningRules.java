package nl.examenkamer.oral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The hard rules of planning an oral exam. {@link #check} lists every rule a proposal breaks, each
 * with its reason, so the board sees all of them at once; an empty list means it may be planned.
 */
public final class PlanningRules {

    private PlanningRules() {}

    /** What the board proposes: a new exam ({@code examId} null) or a new slot, room or pair for one. */
    public record Proposal(
            Long examId,
            String candidateNumber,
            String title,
            long roomId,
            ExamSlot slot,
            String chair,
            String second) {

        public Proposal {
            Objects.requireNonNull(candidateNumber, "candidateNumber");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(slot, "slot");
        }
    }

    /** What an examiner declared and what the board recorded of them. */
    public record Examiner(
            String username,
            String name,
            Set<String> titles,
            Set<String> providerCodes,
            Set<Availability> availability,
            Set<String> conflictCandidates) {}

    /** The candidate as planning sees them: whose training providers, and whether they may sit the exam. */
    public record Candidate(String number, Set<String> providerCodes, boolean eligible) {}

    /** An oral exam already planned (cancelled ones are not bookings). */
    public record Booking(
            long examId, String candidateNumber, long roomId, ExamSlot slot, String chair, String second) {

        boolean involves(String examiner) {
            return examiner.equals(chair) || examiner.equals(second);
        }
    }

    public static List<Breach> check(
            Proposal proposal, Map<String, Examiner> examiners, Candidate candidate, List<Booking> bookings) {
        List<Breach> breaches = new ArrayList<>();
        ExamSlot slot = proposal.slot();
        if (!slot.endsOnSameDay() || slot.dayParts().isEmpty() || outsideDayParts(slot)) {
            breaches.add(Breach.of(
                    "oral.rule.outsideDay",
                    slot.start().toLocalTime(),
                    slot.end().toLocalTime()));
        }
        if (!candidate.eligible()) {
            breaches.add(Breach.of("oral.rule.candidateNotEligible", candidate.number(), proposal.title()));
        }
        if (proposal.chair() == null || proposal.second() == null) {
            breaches.add(Breach.of("oral.rule.twoExaminersNeeded"));
        } else if (proposal.chair().equals(proposal.second())) {
            breaches.add(Breach.of("oral.rule.sameExaminerTwice", String.valueOf(proposal.chair())));
        }
        List<Booking> others = bookings.stream()
                .filter(b -> proposal.examId() == null || b.examId() != proposal.examId())
                .filter(b -> b.slot().overlaps(slot))
                .toList();
        for (String username : examinersOf(proposal)) {
            Optional<Examiner> found = Optional.ofNullable(examiners.get(username));
            if (found.isEmpty()) {
                breaches.add(Breach.of("oral.rule.examinerUnknown", username));
                continue;
            }
            checkExaminer(found.get(), proposal, candidate, others, true, breaches);
        }
        others.stream()
                .filter(b -> b.roomId() == proposal.roomId())
                .findFirst()
                .ifPresent(b -> breaches.add(
                        Breach.of("oral.rule.roomDoubleBooked", b.slot().start().toLocalTime())));
        others.stream()
                .filter(b -> b.candidateNumber().equals(proposal.candidateNumber()))
                .findFirst()
                .ifPresent(b -> breaches.add(Breach.of(
                        "oral.rule.candidateDoubleBooked",
                        candidate.number(),
                        b.slot().start().toLocalTime())));
        return List.copyOf(breaches);
    }

    /**
     * The rules a planned exam can come to break after it was planned, through what its examiners
     * declare or the board records of them later: a conflict of interest with the candidate, a
     * withdrawn day, a title no longer held, a link to the candidate's provider. Nothing re-plans an
     * exam by itself, so the board is shown these until it moves the exam or changes an examiner.
     * Availability and title count only before the exam has started: an examiner entitled when they
     * examined stays so; what remains is {@link #partiality}.
     */
    public static List<Breach> standing(
            Booking planned, String title, Map<String, Examiner> examiners, Candidate candidate, boolean started) {
        Proposal proposal = new Proposal(
                planned.examId(),
                planned.candidateNumber(),
                title,
                planned.roomId(),
                planned.slot(),
                planned.chair(),
                planned.second());
        List<Breach> breaches = new ArrayList<>();
        for (String username : examinersOf(proposal)) {
            Examiner examiner = examiners.get(username);
            if (examiner == null) {
                breaches.add(Breach.of("oral.rule.examinerUnknown", username));
            } else {
                checkExaminer(examiner, proposal, candidate, List.of(), !started, breaches);
            }
        }
        return List.copyOf(breaches);
    }

    /**
     * The part of {@link #standing} that no moment makes right: an examiner linked to the candidate's
     * provider or who declared a conflict of interest with them. A result scored by such an examiner
     * cannot be defended however the exam went, so scoring stops until the board replaces them (or,
     * once a form is in, cancels the exam and plans a new one).
     */
    public static List<Breach> partiality(Booking planned, Map<String, Examiner> examiners, Candidate candidate) {
        List<Breach> breaches = new ArrayList<>();
        for (String username : bothExaminers(planned.chair(), planned.second())) {
            Examiner examiner = examiners.get(username);
            if (examiner != null) {
                checkIndependence(examiner, candidate, breaches);
            }
        }
        return List.copyOf(breaches);
    }

    private static void checkExaminer(
            Examiner examiner,
            Proposal proposal,
            Candidate candidate,
            List<Booking> others,
            boolean entitlementCounts,
            List<Breach> breaches) {
        ExamSlot slot = proposal.slot();
        for (DayPart part : entitlementCounts ? slot.dayParts() : Set.<DayPart>of()) {
            if (!examiner.availability().contains(new Availability(slot.day(), part))) {
                breaches.add(Breach.of("oral.rule.examinerNotAvailable", examiner.name(), slot.day(), part));
            }
        }
        others.stream()
                .filter(b -> b.involves(examiner.username()))
                .findFirst()
                .ifPresent(b -> breaches.add(Breach.of(
                        "oral.rule.examinerDoubleBooked",
                        examiner.name(),
                        b.slot().start().toLocalTime())));
        if (entitlementCounts && !examiner.titles().contains(proposal.title())) {
            breaches.add(Breach.of("oral.rule.examinerNotQualified", examiner.name(), proposal.title()));
        }
        checkIndependence(examiner, candidate, breaches);
    }

    private static void checkIndependence(Examiner examiner, Candidate candidate, List<Breach> breaches) {
        examiner.providerCodes().stream()
                .filter(candidate.providerCodes()::contains)
                .sorted()
                .findFirst()
                .ifPresent(provider -> breaches.add(Breach.of(
                        "oral.rule.examinerLinkedToProvider", examiner.name(), provider, candidate.number())));
        if (examiner.conflictCandidates().contains(candidate.number())) {
            breaches.add(Breach.of("oral.rule.examinerConflict", examiner.name(), candidate.number()));
        }
    }

    private static boolean outsideDayParts(ExamSlot slot) {
        DayPart first = DayPart.values()[0];
        DayPart last = DayPart.values()[DayPart.values().length - 1];
        return slot.start().toLocalTime().isBefore(first.from())
                || slot.end().toLocalTime().isAfter(last.until());
    }

    private static List<String> examinersOf(Proposal proposal) {
        return bothExaminers(proposal.chair(), proposal.second());
    }

    private static List<String> bothExaminers(String chair, String second) {
        List<String> names = new ArrayList<>();
        if (chair != null) {
            names.add(chair);
        }
        if (second != null && !second.equals(chair)) {
            names.add(second);
        }
        return names;
    }
}
