package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.examenkamer.oral.Agreement.Pair;
import org.junit.jupiter.api.Test;

/** Exact agreement and linearly weighted kappa, against figures worked out by hand. */
class AgreementTest {

    @Test
    void tenRatingsOnTheFourLevelScaleGiveTheFiguresWorkedOutByHand() {
        // Ten competencies rated by two examiners. Exact: 6 of 10. First examiner's levels 1..4:
        // 1, 2, 4, 3 times; second's: 0, 2, 5, 3. Observed weighted disagreement: four pairs one
        // level apart, 4 x 1/3 / 10 = 40/300. Expected: sum |i-j| r_i c_j = 90, / 3 / 100 = 90/300.
        // Kappa = 1 - 40/90 = 5/9.
        List<Pair> pairs = List.of(
                new Pair(3, 3),
                new Pair(3, 3),
                new Pair(4, 4),
                new Pair(2, 3),
                new Pair(3, 4),
                new Pair(4, 4),
                new Pair(1, 2),
                new Pair(3, 3),
                new Pair(2, 2),
                new Pair(4, 3));

        Agreement.Figures figures = Agreement.of(pairs, 1, 4);

        assertEquals(10, figures.pairs());
        assertEquals(0.6, figures.exactAgreement(), 1e-12);
        assertEquals(5.0 / 9.0, figures.weightedKappa().getAsDouble(), 1e-12);
    }

    @Test
    void aDisagreementOfThreeLevelsWeighsThreeTimesOneOfOneLevel() {
        // Two pairs: (1,1) and (1,4) against (1,1) and (1,2). Margins: first all 1s, so expected
        // disagreement equals observed and kappa is 0 in both cases; exact agreement is 1/2.
        Agreement.Figures far = Agreement.of(List.of(new Pair(1, 1), new Pair(1, 4)), 1, 4);
        assertEquals(0.5, far.exactAgreement(), 1e-12);
        assertEquals(0.0, far.weightedKappa().getAsDouble(), 1e-12);
        // (2,2), (3,3), (2,4), (4,2): exact 1/2. Both margins (levels 1..4): 0, 2, 1, 1 of 4.
        // Observed: two pairs two levels apart, 2 x 2/3 / 4 = 1/3. Expected: sum |i-j| r_i c_j over
        // level pairs = (2,3) 2 + (2,4) 4 + (3,2) 2 + (3,4) 1 + (4,2) 4 + (4,3) 1 = 14, / 3 / 16.
        // Kappa = 1 - (1/3) / (14/48) = 1 - 16/14 = -1/7: worse than chance.
        Agreement.Figures crossed =
                Agreement.of(List.of(new Pair(2, 2), new Pair(3, 3), new Pair(2, 4), new Pair(4, 2)), 1, 4);
        assertEquals(0.5, crossed.exactAgreement(), 1e-12);
        assertEquals(-1.0 / 7.0, crossed.weightedKappa().getAsDouble(), 1e-12);
    }

    @Test
    void perfectAgreementIsOneAndASingleLevelLeavesKappaUndefined() {
        assertEquals(
                1.0,
                Agreement.of(List.of(new Pair(1, 1), new Pair(3, 3), new Pair(4, 4)), 1, 4)
                        .weightedKappa()
                        .getAsDouble(),
                1e-12);
        Agreement.Figures allThrees = Agreement.of(List.of(new Pair(3, 3), new Pair(3, 3)), 1, 4);
        assertEquals(1.0, allThrees.exactAgreement(), 1e-12);
        assertTrue(allThrees.weightedKappa().isEmpty(), "chance explains everything: no kappa");
        assertTrue(Agreement.of(List.of(), 1, 4).weightedKappa().isEmpty());
    }

    @Test
    void aLevelOutsideTheScaleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Agreement.of(List.of(new Pair(0, 3)), 1, 4));
    }
}
