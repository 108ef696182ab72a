package nl.examenkamer.written;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.examenkamer.shared.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The report the board files says what happened in the session, in the order it happened. */
class SessionReportPdfTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void theReportHoldsTheSessionItsCountsTheExtraTimeAndTheIncidents() throws Exception {
        SessionView session = session("Utrecht, zaal 2", 3, SessionPhase.CLOSED);
        SessionReport report = new SessionReport(
                session,
                new ProctorSummary(
                        List.of(
                                new ProctorSummary.Count(null, 1),
                                new ProctorSummary.Count(AttemptStatus.SUBMITTED, 2)),
                        0),
                List.of(new SessionReport.Accommodation("C0000042", 25, 112, "Dyslexieverklaring")),
                List.of(new SessionReport.Withdrawal(
                        Instant.parse("2027-03-08T14:00:00Z"), "dirk", "C0000034", "Afgemeld wegens ziekte")),
                List.of(new SessionReport.ExtraTime(
                        Instant.parse("2027-03-10T08:40:00Z"), "bea", "C0000018", 10, "Stroomstoring in zaal 2")),
                List.of(
                        new SessionIncident(
                                Instant.parse("2027-03-10T08:41:00Z"),
                                "bea",
                                null,
                                null,
                                "Brandalarm <kort> & weer stil"),
                        new SessionIncident(
                                Instant.parse("2027-03-10T09:05:00Z"),
                                "bea",
                                "C0000026",
                                "Karin de Vries",
                                "Verliet de zaal 5 minuten")),
                Instant.parse("2027-03-10T11:00:00Z"),
                "bea");

        byte[] pdf = SessionReportPdf.render(report, Map.of(), Messages.DUTCH, AMSTERDAM);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Proces-verbaal Wettelijk kader maart (WK-2027-03)"), text);
            assertTrue(
                    text.contains("Examendatum 2027-03-10; startvenster 2027-03-10 09:00 tot 2027-03-10 09:30"), text);
            assertTrue(text.contains("Utrecht, zaal 2"), text);
            assertTrue(text.contains("3 ingeschreven. Niet gestart: 1. Ingeleverd: 2."), text);
            assertTrue(
                    text.indexOf("Aanpassingen (extra tijd)") < text.indexOf("C0000042 25 112 Dyslexieverklaring"),
                    "who had extra time, how much and on what ground: " + text);
            assertTrue(
                    text.indexOf("Ingetrokken inschrijvingen")
                            < text.indexOf("2027-03-08 15:00 dirk C0000034 Afgemeld wegens ziekte"),
                    "who was taken off the session, when, by whom and why: " + text);
            assertTrue(text.contains("2027-03-10 09:40 bea C0000018 10 Stroomstoring in zaal 2"), text);
            assertTrue(
                    text.indexOf("Brandalarm <kort> & weer stil") < text.indexOf("Verliet de zaal 5 minuten"),
                    "the incidents in the order noted, their text as typed: " + text);
            assertTrue(text.contains("De hele zitting"), text);
            assertTrue(text.contains("C0000026 · Karin de Vries Verliet de zaal 5 minuten"), text);
            assertTrue(text.contains("Opgemaakt op 2027-03-10 12:00 door bea."), text);
        }
    }

    @Test
    void everyoneWhoActedSignsInTheOrderTheyFirstActedThenWhoeverDrewItUp() throws Exception {
        SessionReport report = new SessionReport(
                session("Utrecht, zaal 2", 2, SessionPhase.CLOSED),
                ProctorSummary.of(List.of()),
                List.of(),
                List.of(),
                List.of(new SessionReport.ExtraTime(
                        Instant.parse("2027-03-10T09:00:00Z"), "cees", "C0000018", 10, "Stroomstoring")),
                List.of(
                        new SessionIncident(Instant.parse("2027-03-10T08:41:00Z"), "bea", null, null, "Brandalarm"),
                        new SessionIncident(Instant.parse("2027-03-10T09:05:00Z"), "cees", null, null, "Koffie")),
                Instant.parse("2027-03-10T11:00:00Z"),
                "dirk");

        assertEquals(List.of("bea", "cees", "dirk"), report.signatories());

        byte[] pdf = SessionReportPdf.render(
                report, Map.of("bea", "Bea Bakker", "dirk", "Dirk de Wit"), Messages.DUTCH, AMSTERDAM);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            String block = text.substring(text.indexOf("Ondertekening"));
            assertTrue(
                    block.contains("Naam Datum Handtekening Bea Bakker (bea) cees Dirk de Wit (dirk)"),
                    "a person's name where the register knows it, else the log-in name: " + block);
        }
    }

    @Test
    void whoeverDrewUpTheReportSignsOnceAlsoWhenTheyActed() {
        SessionReport report = new SessionReport(
                session(null, 1, SessionPhase.CLOSED),
                ProctorSummary.of(List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of(new SessionIncident(Instant.parse("2027-03-10T08:41:00Z"), "bea", null, null, "Brandalarm")),
                Instant.parse("2027-03-10T11:00:00Z"),
                "bea");
        assertEquals(List.of("bea"), report.signatories());
    }

    @Test
    void aQuietSessionSaysSo() throws Exception {
        String text = textOfAReportWithNothingInIt(session(null, 0, SessionPhase.PLANNED));
        assertTrue(text.contains("Online"), text);
        assertTrue(text.contains("Niemand kreeg extra tijd op de dag."), text);
        assertTrue(text.contains("Geen kandidaat had extra tijd als aanpassing."), text);
        assertTrue(text.contains("Geen inschrijving ingetrokken."), text);
        assertTrue(text.contains("Nog geen voorvallen genoteerd."), text);
        assertFalse(text.contains("gepubliceerd"), "not published: " + text);
    }

    @Test
    void aPublishedSessionSaysWhenAndUntilWhenAnInspectionCouldBeAskedFor() throws Exception {
        String text = textOfAReportWithNothingInIt(session(null, 0, SessionPhase.PUBLISHED));
        assertTrue(
                text.contains("De uitslag is gepubliceerd op 2027-03-24 16:00; kandidaten konden of kunnen inzage"
                        + " aanvragen tot 2027-05-05 16:00."),
                text);
    }

    /** The report of a session in which nobody acted, drawn up by bea, as its text with spaces collapsed. */
    private static String textOfAReportWithNothingInIt(SessionView session) throws Exception {
        byte[] pdf = SessionReportPdf.render(
                new SessionReport(
                        session,
                        ProctorSummary.of(List.of()),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        Instant.now(),
                        "bea"),
                Map.of(),
                Messages.DUTCH,
                AMSTERDAM);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static SessionView session(String location, long enrolled, SessionPhase phase) {
        return SessionViews.session("WK-2027-03", "Wettelijk kader maart", location, enrolled, phase);
    }
}
