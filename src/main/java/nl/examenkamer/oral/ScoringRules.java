package nl.examenkamer.oral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scheme's rules for filling in a form, frozen with the form when the exam is planned: the
 * scale's range, which ratings need a written reason, and which gap between the two examiners
 * needs one on the agreed rating.
 */
public record ScoringRules(int lowestLevel, int highestLevel, int reasonRequiredAtOrBelow, int gapNeedingReason) {

    public boolean inRange(int level) {
        return level >= lowestLevel && level <= highestLevel;
    }

    /** What keeps an examiner's own form from being submitted; empty when it can be. */
    public List<Breach> sheetBreaches(List<String> competences, Map<String, Rating> ratings) {
        List<Breach> breaches = new ArrayList<>();
        for (String competence : competences) {
            Rating rating = ratings.getOrDefault(competence, Rating.empty(competence));
            if (!rating.rated()) {
                breaches.add(Breach.of("oral.sheet.unrated", competence));
            } else if (rating.level() <= reasonRequiredAtOrBelow && !rating.hasReason()) {
                breaches.add(Breach.of("oral.sheet.reasonNeeded", competence, rating.level()));
            }
        }
        return List.copyOf(breaches);
    }

    /** What keeps the agreed form from being finalised; empty when it can be. */
    public List<Breach> agreementBreaches(
            List<String> competences,
            Map<String, Rating> first,
            Map<String, Rating> second,
            Map<String, Rating> agreed) {
        List<Breach> breaches = new ArrayList<>();
        for (String competence : competences) {
            Rating rating = agreed.getOrDefault(competence, Rating.empty(competence));
            if (!rating.rated()) {
                breaches.add(Breach.of("oral.sheet.unrated", competence));
                continue;
            }
            int gap = Math.abs(level(first, competence) - level(second, competence));
            if (gap >= gapNeedingReason && !rating.hasReason()) {
                breaches.add(Breach.of("oral.agreement.gapNeedsReason", competence, gap));
            } else if (rating.level() <= reasonRequiredAtOrBelow && !rating.hasReason()) {
                breaches.add(Breach.of("oral.sheet.reasonNeeded", competence, rating.level()));
            }
        }
        return List.copyOf(breaches);
    }

    /** The gap between the two independent ratings of one competence. */
    public int gap(Map<String, Rating> first, Map<String, Rating> second, String competence) {
        return Math.abs(level(first, competence) - level(second, competence));
    }

    private static int level(Map<String, Rating> ratings, String competence) {
        Rating rating = ratings.get(competence);
        if (rating == null || !rating.rated()) {
            throw new IllegalStateException("Both forms are submitted before agreement; " + competence + " is unrated");
        }
        return rating.level();
    }
}
