package nl.examenkamer.oral;

import java.util.List;
import java.util.Map;

/**
 * The scheme's pass rule for the oral exam: every competence rated at least the minimum (by default
 * Vakbekwaam, 3). The competencies that decided a fail are those below it; a pass is decided by all.
 */
public record PassRule(int minimumLevel) {

    public record Outcome(boolean passed, List<String> deciding) {}

    /** {@code agreed} in form order: the deciding competencies keep that order. */
    public Outcome decide(List<String> competences, Map<String, Integer> agreed) {
        List<String> below = competences.stream()
                .filter(competence -> {
                    Integer level = agreed.get(competence);
                    if (level == null) {
                        throw new IllegalArgumentException("No agreed rating for " + competence);
                    }
                    return level < minimumLevel;
                })
                .toList();
        return below.isEmpty() ? new Outcome(true, List.copyOf(competences)) : new Outcome(false, below);
    }
}
