package nl.examenkamer.identity;

import java.io.Serializable;
import java.time.LocalDate;

/** A candidate as pages and the API show it. */
public record CandidateSummary(
        String candidateNumber, String fullName, String email, LocalDate dateOfBirth, String account)
        implements Serializable {

    public static CandidateSummary of(Candidate candidate) {
        return new CandidateSummary(
                candidate.number().value(),
                candidate.fullName(),
                candidate.email(),
                candidate.dateOfBirth(),
                candidate.accountUsername().orElse(null));
    }
}
