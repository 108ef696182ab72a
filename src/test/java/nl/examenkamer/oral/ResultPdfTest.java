package nl.examenkamer.oral;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.examenkamer.shared.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The result PDF holds what the candidate reads on screen: outcome, deciding competencies, ratings, feedback. */
class ResultPdfTest {

    @Test
    void thePdfCarriesTheOutcomeTheDecidingCompetenceAndTheFeedback() throws Exception {
        OralExamView exam = new OralExamView(
                7,
                "C0000018",
                "Karin de Vries & Zn",
                "RCCM",
                LocalDate.of(2027, 4, 13),
                LocalTime.of(9, 0),
                LocalTime.of(10, 0),
                LocalTime.of(10, 15),
                Instant.parse("2027-04-13T07:00:00Z"),
                1,
                "Utrecht, Zaal A",
                "anna",
                "Anna",
                "bram",
                "Bram",
                OralExamStatus.RELEASED,
                0,
                "released");
        FormViews.ResultView result = new FormViews.ResultView(
                7,
                "C0000018",
                "Karin de Vries & Zn",
                "RCCM",
                exam,
                false,
                List.of("Integer"),
                List.of(
                        new FormViews.ResultRow(
                                "analyseren", "Analyseren", 3, "Vakbekwaam", null, "Scheid <hoofd> en bijzaken"),
                        new FormViews.ResultRow("integer", "Integer", 2, "Basis", "Dilemma niet herkend", null)),
                2,
                Instant.parse("2027-04-20T10:00:00Z"));

        byte[] pdf = ResultPdf.render(result, Messages.DUTCH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Karin de Vries & Zn (C0000018)"), text);
            assertTrue(text.contains("Niet geslaagd"), text);
            assertTrue(text.contains("Doorslaggevend: Integer"), text);
            assertTrue(text.contains("Analyseren") && text.contains("3 Vakbekwaam"), text);
            assertTrue(text.contains("Scheid <hoofd> en bijzaken"), text);
            assertTrue(text.contains("Dilemma niet herkend"), text);
            assertTrue(text.contains("versie 2"), text);
        }
    }
}
