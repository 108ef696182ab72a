package nl.examenkamer.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.identity.Candidate;
import nl.examenkamer.identity.CandidateRegistry;

/**
 * Finds a candidate by a part of their name, number or e-mail address for a field that asks for a
 * candidate number, so that the board need not look the number up first. A suggestion reads
 * "C0000018 · Daan de Demo"; {@link #numberOf} takes the number back out of it, and a number typed
 * by hand passes through as typed. It searches every candidate, so only the board's pages use it;
 * a provider's pages use {@code OwnCandidatePicker}, which finds only that provider's own.
 */
@Named
@RequestScoped
public class CandidatePicker {

    private static final String SEPARATOR = " · ";
    public static final int SUGGESTIONS = 10;

    @Inject
    private CandidateRegistry candidates;

    public List<String> complete(String query) {
        return candidates.search(query, SUGGESTIONS).stream()
                .map(CandidatePicker::suggestion)
                .toList();
    }

    /** How a candidate reads in a list of suggestions. */
    public static String suggestion(Candidate candidate) {
        return candidate.number().value() + SEPARATOR + candidate.fullName();
    }

    /** The candidate number of a suggestion as chosen, or the field's text as typed. */
    public static String numberOf(String chosen) {
        if (chosen == null) {
            return null;
        }
        int separator = chosen.indexOf(SEPARATOR);
        return (separator < 0 ? chosen : chosen.substring(0, separator)).strip();
    }
}
