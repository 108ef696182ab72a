package nl.examenkamer.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.examenkamer.identity.CandidateRegistry;

/**
 * Finds a candidate by a part of their name, number or e-mail address for a field that asks for a
 * candidate number, so that the board need not look the number up first. A suggestion reads
 * "C0000018 · Daan de Demo"; {@link #numberOf} takes the number back out of it, and a number typed
 * by hand passes through as typed. It searches every candidate, so only the board's pages use it
 * (a provider's pages show only its own candidates).
 */
@Named
@RequestScoped
public class CandidatePicker {

    static final String SEPARATOR = " · ";
    private static final int SUGGESTIONS = 10;

    @Inject
    private CandidateRegistry candidates;

    public List<String> complete(String query) {
        return candidates.search(query, SUGGESTIONS).stream()
                .map(candidate -> candidate.number().value() + SEPARATOR + candidate.fullName())
                .toList();
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
