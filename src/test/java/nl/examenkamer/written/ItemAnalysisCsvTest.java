package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemAnalysisCsvTest {

    private static final SessionItemAnalysis ANALYSIS = new SessionItemAnalysis(
            "S1",
            true,
            5,
            1.6,
            1.02,
            0.46,
            new ItemAnalysis.Thresholds(0.30, 0.95, 0.10),
            List.of(
                    new SessionItemAnalysis.Row(
                            "WK-01",
                            2,
                            "wettelijk-kader",
                            "Wettelijk kader",
                            new ItemAnalysis.ItemStats(
                                    7,
                                    5,
                                    0.4,
                                    0.7205766921,
                                    0.3273268354,
                                    1,
                                    List.of(
                                            new ItemAnalysis.OptionStats("A", true, 3, 0.6, 0.7637626158),
                                            new ItemAnalysis.OptionStats("B", false, 0, 0.0, null),
                                            new ItemAnalysis.OptionStats("C", true, 3, 0.6, 0.2182178902)),
                                    Set.of(ItemAnalysis.Flag.DISTRACTOR_ATTRACTS_STRONG)),
                            Neutralisation.Mode.DROP),
                    new SessionItemAnalysis.Row(
                            "PR-03",
                            1,
                            "professionaliseren",
                            "Professionaliseren",
                            new ItemAnalysis.ItemStats(
                                    9,
                                    1,
                                    1.0,
                                    null,
                                    null,
                                    0,
                                    List.of(
                                            new ItemAnalysis.OptionStats("A", false, 0, 0.0, null),
                                            new ItemAnalysis.OptionStats("B", false, 0, 0.0, null),
                                            new ItemAnalysis.OptionStats("C", false, 0, 0.0, null),
                                            new ItemAnalysis.OptionStats("D", true, 1, 1.0, null)),
                                    Set.of(ItemAnalysis.Flag.TOO_EASY)),
                            null)));

    @Test
    void aLinePerItemVersionWithAColumnPairPerOptionLabelThatOccurs() {
        String csv = new String(new ItemAnalysisCsv(Locale.forLanguageTag("nl")).csv(ANALYSIS), StandardCharsets.UTF_8);

        assertEquals(
                List.of(
                        "\uFEFFitem,versie,thema,kandidaten,p,Rit,Rir,open gelaten,sleutel,A gekozen,A Rir,"
                                + "B gekozen,B Rir,C gekozen,C Rir,D gekozen,D Rir,signalen,neutralisatie",
                        "WK-01,2,Wettelijk kader,5,0.400,0.721,0.327,1,\"A,C\",3,0.764,0,,3,0.218,,,"
                                + "Afleider trekt sterke kandidaten,Geschrapt",
                        "PR-03,1,Professionaliseren,1,1.000,,,0,D,0,,0,,0,,1,,Te makkelijk,"),
                csv.lines().toList());
    }

    @Test
    void theHeaderFollowsTheLanguage() {
        assertEquals(
                List.of(
                        "item",
                        "version",
                        "theme",
                        "candidates",
                        "p",
                        "Rit",
                        "Rir",
                        "left open",
                        "key",
                        "A chosen",
                        "A Rir",
                        "B chosen",
                        "B Rir",
                        "C chosen",
                        "C Rir",
                        "D chosen",
                        "D Rir",
                        "flags",
                        "neutralisation"),
                new ItemAnalysisCsv(Locale.ENGLISH).header(ANALYSIS));
    }
}
