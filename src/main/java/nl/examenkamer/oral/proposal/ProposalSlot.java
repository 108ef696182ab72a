package nl.examenkamer.oral.proposal;

import nl.examenkamer.oral.ExamSlot;

/** A room at a time on the exam day: one place an oral exam can be put. */
public record ProposalSlot(long roomId, String roomName, ExamSlot slot) {

    boolean overlaps(ProposalSlot other) {
        return slot.overlaps(other.slot);
    }
}
