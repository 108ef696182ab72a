package nl.examenkamer.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Test;

/** An audit entry's details as the board reads them: Dutch time, and the recorded names in its language. */
class AuditDetailsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ResourceBundle DUTCH = Messages.bundle(Locale.forLanguageTag("nl"));
    private static final ResourceBundle ENGLISH = Messages.bundle(Locale.ENGLISH);

    @Test
    void aMomentRecordedInUtcIsShownInDutchTime() {
        assertEquals(
                "Sessie: S-1 · Kandidaat: C0000018 · Seed: 42 · Eindtijd: 2026-12-07 10:45:15",
                AuditDetails.readable(
                        "session=S-1 candidate=C0000018 seed=42 deadline=2026-12-07T09:45:15.261478Z",
                        AMSTERDAM,
                        DUTCH));
        assertEquals(
                "Startvenster: 2027-06-01 09:00:00..2027-06-01 10:30:00",
                AuditDetails.readable("window=2027-06-01T07:00:00Z..2027-06-01T08:30Z", AMSTERDAM, DUTCH));
    }

    @Test
    void namesOfMoreThanOneWordAndYesOrNoAreShownInTheReadersLanguage() {
        assertEquals(
                "Versie: 2 · Geslaagd: nee · Beslissend: Analyseren",
                AuditDetails.readable("version=2 passed=false deciding=Analyseren", AMSTERDAM, DUTCH));
        assertEquals(
                "Version: 2 · Passed: yes · Deciding: ",
                AuditDetails.readable("version=2 passed=true deciding=", AMSTERDAM, ENGLISH));
        assertEquals(
                "Item: 7 · Wijze: CREDIT_ALL · Pogingen herberekend: 12",
                AuditDetails.readable("item=7 mode=CREDIT_ALL attempts rescored=12", AMSTERDAM, DUTCH));
        assertEquals("Open pogingen beëindigd: 2", AuditDetails.readable("open attempts ended=2", AMSTERDAM, DUTCH));
        // a "true" that is part of a longer value is the value, not a yes
        assertEquals("Titel: trueRCCM", AuditDetails.readable("title=trueRCCM", AMSTERDAM, DUTCH));
    }

    /** A string the code writes into details that ends with a name: "candidate=", " passed=". */
    private static final Pattern RECORDED_NAME = Pattern.compile("\"([^\"]*=)\"");

    @Test
    void everyNameTheCodeRecordsInDetailsIsShownInWords() {
        List<String> recorded = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (Path source : SourceTree.files(SourceTree.mainJava(), ".java")) {
            String text = SourceTree.read(source);
            if (!text.contains("withDetails(")) {
                continue;
            }
            Matcher name = RECORDED_NAME.matcher(text);
            while (name.find()) {
                String written = name.group(1) + "x";
                recorded.add(written);
                for (ResourceBundle labels : List.of(DUTCH, ENGLISH)) {
                    if (AuditDetails.readable(written, AMSTERDAM, labels).equals(written)) {
                        raw.add(source.getFileName() + ": \"" + name.group(1) + "\" (" + labels.getLocale() + ")");
                    }
                }
            }
        }
        // the scan itself must work: the code records some forty names
        assertTrue(recorded.size() >= 40, "names found: " + recorded);
        assertEquals(List.of(), raw, "names the board would read as recorded: give them a label in AuditDetails");
    }

    @Test
    void detailsWithUnknownNamesOrAnImpossibleMomentStayAsRecorded() {
        assertEquals("Score: 35/40", AuditDetails.readable("score=35/40", AMSTERDAM, DUTCH));
        assertEquals(
                "Tot en met: 2026-12-07T25:00:00Z",
                AuditDetails.readable("until=2026-12-07T25:00:00Z", AMSTERDAM, DUTCH));
        // a name an older release wrote, and "=" inside a value, are not taken for names
        assertEquals("colour=blue · Sessie: a=b", AuditDetails.readable("colour=blue session=a=b", AMSTERDAM, DUTCH));
        assertEquals(
                "12 failed log-ins; locked until 2026-12-07 10:00:00",
                AuditDetails.readable("12 failed log-ins; locked until 2026-12-07T09:00:00Z", AMSTERDAM, DUTCH));
        assertEquals("", AuditDetails.readable(null, AMSTERDAM, DUTCH));
    }
}
