package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.examenkamer.written.ItemAnalysis.Answer;
import nl.examenkamer.written.ItemAnalysis.Flag;
import nl.examenkamer.written.ItemAnalysis.Item;
import nl.examenkamer.written.ItemAnalysis.ItemStats;
import nl.examenkamer.written.ItemAnalysis.OptionStats;
import nl.examenkamer.written.ItemAnalysis.Report;
import nl.examenkamer.written.ItemAnalysis.Sheet;
import nl.examenkamer.written.ItemAnalysis.Thresholds;
import org.junit.jupiter.api.Test;

/**
 * The expected figures were worked out by hand from the definitions (Pearson's correlation of the
 * item score with the total and with the rest score; KR-20 with population variances) and checked
 * with Python's {@code statistics.correlation}.
 */
class ItemAnalysisTest {

    private static final double EXACT = 1e-9;
    private static final List<String> ABCD = List.of("A", "B", "C", "D");

    /** The thresholds of exam-content/schemes/rnvc-casemanager.yaml. */
    private static final Thresholds FLAGS = new Thresholds(0.30, 0.95, 0.10);

    private static final Item ONE = new Item(1, ABCD, Set.of("A"));
    private static final Item TWO = new Item(2, ABCD, Set.of("B"));
    private static final Item THREE = new Item(3, ABCD, Set.of("A", "C"));

    /** Five candidates on one form of three items: totals 3, 2, 2, 1, 0. */
    private static final List<Sheet> HALL = List.of(
            sheet(1, "A", 2, "B", 3, "A,C"),
            sheet(1, "A", 2, "B", 3, "A,D"),
            sheet(1, "A", 2, "C", 3, "A,C"),
            sheet(1, "B", 2, "B", 3, "C"),
            sheet(1, "C", 2, "C", 3, ""));

    @Test
    void pValueRitAndRirPerItem() {
        Report report = ItemAnalysis.of(List.of(ONE, TWO, THREE), HALL, FLAGS);

        ItemStats one = report.items().get(0);
        assertEquals(5, one.candidates());
        assertEquals(0.6, one.p(), EXACT);
        assertEquals(0.880704845927979, one.rit(), EXACT);
        assertEquals(0.645497224367903, one.rir(), EXACT);

        ItemStats three = report.items().get(2);
        assertEquals(0.4, three.p(), EXACT);
        assertEquals(0.720576692122892, three.rit(), EXACT);
        assertEquals(0.327326835353989, three.rir(), EXACT);
        assertEquals(1, three.unanswered(), "the fifth candidate left the third item open");
    }

    @Test
    void theSessionsMeanSpreadAndKr20() {
        Report report = ItemAnalysis.of(List.of(ONE, TWO, THREE), HALL, FLAGS);

        assertEquals(5, report.candidates());
        assertEquals(1.6, report.mean(), EXACT);
        assertEquals(Math.sqrt(1.04), report.standardDeviation(), EXACT);
        // 3/2 · (1 − (0.24 + 0.24 + 0.24) / 1.04)
        assertEquals(6.0 / 13.0, report.kr20(), EXACT);
    }

    @Test
    void perOptionHowManyChoseItAndTheRirOfChoosingIt() {
        ItemStats three =
                ItemAnalysis.of(List.of(ONE, TWO, THREE), HALL, FLAGS).items().get(2);
        Map<String, OptionStats> options =
                three.options().stream().collect(Collectors.toMap(OptionStats::label, option -> option));

        assertEquals(
                List.of("A", "B", "C", "D"),
                three.options().stream().map(OptionStats::label).toList());
        assertTrue(options.get("A").key()
                && options.get("C").key()
                && !options.get("D").key());
        assertEquals(3, options.get("A").chosen());
        assertEquals(0.6, options.get("A").share(), EXACT);
        assertEquals(0.763762615825973, options.get("A").rir(), EXACT);
        assertEquals(0, options.get("B").chosen());
        assertNull(options.get("B").rir(), "nobody chose B: there is nothing to correlate");
        assertEquals(1, options.get("D").chosen());
        assertEquals(0.534522483824849, options.get("D").rir(), EXACT);
    }

    @Test
    void flagsAnItemThatDoesNotSeparateAndADistractorTheStrongerCandidatesChoose() {
        List<ItemStats> items =
                ItemAnalysis.of(List.of(ONE, TWO, THREE), HALL, FLAGS).items();

        assertEquals(Set.of(), items.get(0).flags(), "p 0.6 and Rir 0.65; its wrong options have Rir 0 and −0.79");
        assertEquals(0.0, items.get(1).rir(), EXACT);
        assertEquals(Set.of(Flag.LOW_RIR), items.get(1).flags());
        assertEquals(Set.of(Flag.DISTRACTOR_ATTRACTS_STRONG), items.get(2).flags(), "D has Rir 0.53");
    }

    @Test
    void theSchemesThresholdsDecideWhatIsFlagged() {
        Thresholds strict = new Thresholds(0.65, 0.95, 0.70);
        List<ItemStats> items =
                ItemAnalysis.of(List.of(ONE, TWO, THREE), HALL, strict).items();

        assertEquals(
                Set.of(Flag.TOO_HARD, Flag.LOW_RIR),
                items.get(0).flags(),
                "p 0.6 below 0.65 and Rir 0.65 below 0.70; unflagged at 0.30 and 0.10");
        assertEquals(
                strict, ItemAnalysis.of(List.of(ONE, TWO, THREE), HALL, strict).thresholds());
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(0.95, 0.30, 0.10));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(0.30, 1.5, 0.10));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(0.30, 0.95, -2));
    }

    @Test
    void anItemEveryoneGetsRightIsTooEasyAndOneNobodyGetsRightTooHard() {
        Item easy = new Item(4, List.of("A", "B"), Set.of("A"));
        Item hard = new Item(5, List.of("A", "B"), Set.of("B"));
        List<Sheet> sheets =
                List.of(sheet(1, "A", 4, "A", 5, ""), sheet(1, "B", 4, "A", 5, "A"), sheet(1, "C", 4, "A", 5, "A"));

        List<ItemStats> items =
                ItemAnalysis.of(List.of(ONE, easy, hard), sheets, FLAGS).items();

        assertEquals(1.0, items.get(1).p(), EXACT);
        assertEquals(Set.of(Flag.TOO_EASY), items.get(1).flags());
        assertNull(items.get(1).rit(), "an item score that does not vary correlates with nothing");
        assertEquals(0.0, items.get(2).p(), EXACT);
        assertEquals(Set.of(Flag.TOO_HARD), items.get(2).flags());
        assertNull(items.get(2).rir());
    }

    @Test
    void withFormsDrawnPerCandidateAnItemIsAnalysedAmongThoseWhoseFormHeldIt() {
        Item a = new Item(11, List.of("A", "B"), Set.of("A"));
        Item b = new Item(12, List.of("A", "B"), Set.of("A"));
        Item c = new Item(13, List.of("A", "B"), Set.of("A"));
        Item unused = new Item(14, List.of("A", "B"), Set.of("A"));
        List<Sheet> sheets = List.of(
                sheet(11, "A", 12, "A"), sheet(11, "A", 13, "B"), sheet(12, "B", 13, "A"), sheet(11, "B", 12, "B"));

        Report report = ItemAnalysis.of(List.of(a, b, c, unused), sheets, FLAGS);

        assertEquals(
                List.of(11L, 12L, 13L),
                report.items().stream().map(ItemStats::itemVersionId).toList());
        ItemStats third = report.items().get(2);
        assertEquals(2, third.candidates());
        assertEquals(0.5, third.p(), EXACT);
        assertNull(third.rit(), "both of its candidates scored 1 in total");
        assertEquals(-1.0, third.rir(), EXACT);
        // p·q per form: 4/9, 17/36, 17/36, 4/9; mean 11/24; totals' variance 1/2; k = 2
        assertEquals(1.0 / 6.0, report.kr20(), EXACT);
    }

    @Test
    void oneCandidateGivesNoCorrelationsAndNoKr20() {
        Report report = ItemAnalysis.of(List.of(ONE, TWO, THREE), HALL.subList(0, 1), FLAGS);

        assertNull(report.kr20());
        assertEquals(0.0, report.standardDeviation(), EXACT);
        report.items().forEach(item -> {
            assertNull(item.rit());
            assertNull(item.rir());
        });
    }

    @Test
    void noSheetsGiveAnEmptyReport() {
        Report report = ItemAnalysis.of(List.of(ONE), List.of(), FLAGS);

        assertEquals(0, report.candidates());
        assertEquals(List.of(), report.items());
        assertNull(report.kr20());
    }

    @Test
    void anAnswerToAnItemNotAnalysedIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> ItemAnalysis.of(List.of(ONE), List.of(sheet(1, "A", 99, "A")), FLAGS));

        assertTrue(refused.getMessage().contains("item version 99"), refused.getMessage());
    }

    /** A sheet from pairs of item version id and the options marked ("A,C"; "" for none). */
    private static Sheet sheet(Object... pairs) {
        Answer[] answers = new Answer[pairs.length / 2];
        for (int i = 0; i < answers.length; i++) {
            String marked = (String) pairs[2 * i + 1];
            answers[i] = new Answer(
                    ((Integer) pairs[2 * i]).longValue(),
                    marked.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(marked.split(","))));
        }
        return new Sheet(List.of(answers));
    }
}
