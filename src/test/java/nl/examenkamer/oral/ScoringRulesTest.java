package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a form needs before it can be submitted, and what the agreed form needs before finalising. */
class ScoringRulesTest {

    private static final List<String> FORM = List.of("analyseren", "adviseren", "integer");
    private final ScoringRules rules = new ScoringRules(1, 4, 2, 2);

    @Test
    void everyCompetenceMustBeRated() {
        assertEquals(
                List.of(Breach.of("oral.sheet.unrated", "integer")),
                rules.sheetBreaches(
                        FORM,
                        Map.of("analyseren", rated("analyseren", 3, null), "adviseren", rated("adviseren", 4, null))));
    }

    @Test
    void onvoldoendeAndBasisNeedAWrittenReasonVakbekwaamDoesNot() {
        Map<String, Rating> ratings = Map.of(
                "analyseren", rated("analyseren", 1, " "),
                "adviseren", rated("adviseren", 2, "Geen plan van aanpak"),
                "integer", rated("integer", 3, null));
        assertEquals(
                List.of(Breach.of("oral.sheet.reasonNeeded", "analyseren", 1)), rules.sheetBreaches(FORM, ratings));
    }

    @Test
    void aGapOfTwoLevelsNeedsAReasonOnTheAgreedRatingAGapOfOneDoesNot() {
        Map<String, Rating> first = Map.of(
                "analyseren", rated("analyseren", 4, null),
                "adviseren", rated("adviseren", 3, null),
                "integer", rated("integer", 3, null));
        Map<String, Rating> second = Map.of(
                "analyseren", rated("analyseren", 2, "x"),
                "adviseren", rated("adviseren", 4, null),
                "integer", rated("integer", 3, null));
        Map<String, Rating> agreed = Map.of(
                "analyseren", rated("analyseren", 3, null),
                "adviseren", rated("adviseren", 3, null),
                "integer", rated("integer", 3, null));
        assertEquals(
                List.of(Breach.of("oral.agreement.gapNeedsReason", "analyseren", 2)),
                rules.agreementBreaches(FORM, first, second, agreed));
        assertEquals(2, rules.gap(first, second, "analyseren"));

        Map<String, Rating> explained = Map.of(
                "analyseren", rated("analyseren", 3, "Na overleg: de analyse was volledig"),
                "adviseren", rated("adviseren", 3, null),
                "integer", rated("integer", 3, null));
        assertEquals(List.of(), rules.agreementBreaches(FORM, first, second, explained));
    }

    @Test
    void anAgreedBasisNeedsAReasonEvenWithoutAGap() {
        Map<String, Rating> both = Map.of(
                "analyseren", rated("analyseren", 2, "a"),
                "adviseren", rated("adviseren", 3, null),
                "integer", rated("integer", 3, null));
        Map<String, Rating> agreed = Map.of(
                "analyseren", rated("analyseren", 2, null),
                "adviseren", rated("adviseren", 3, null),
                "integer", rated("integer", 3, null));
        assertEquals(
                List.of(Breach.of("oral.sheet.reasonNeeded", "analyseren", 2)),
                rules.agreementBreaches(FORM, both, both, agreed));
    }

    private static Rating rated(String competence, int level, String reason) {
        return new Rating(competence, level, reason, null);
    }
}
