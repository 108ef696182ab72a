package nl.examenkamer.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.model.SelectItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.examenkamer.shared.Messages;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Test;

/** The board reads the audit log in words, in Dutch or English, for every action the code records. */
class AuditNamesTest {

    private static final Pattern EVENT =
            Pattern.compile("AuditEvent\\.of\\(\\s*(\"([^\"]+)\"|([A-Z_]+))\\s*,\\s*(\"([^\"]+)\"|([A-Z_]+))");
    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+)\\s*=\\s*\"([^\"]+)\"");

    private static final ResourceBundle DUTCH = Messages.bundle(Messages.DUTCH);
    private static final ResourceBundle ENGLISH = Messages.bundle(Locale.ENGLISH);

    @Test
    void everyActionAndObjectTypeTheCodeRecordsHasADutchAndAnEnglishName() {
        Set<String> actions = new TreeSet<>();
        Set<String> objectTypes = new TreeSet<>();
        List<String> unread = new ArrayList<>();
        for (Path source : SourceTree.files(SourceTree.mainJava(), ".java")) {
            String text = SourceTree.read(source);
            Map<String, String> constants = new HashMap<>();
            Matcher constant = CONSTANT.matcher(text);
            while (constant.find()) {
                constants.put(constant.group(1), constant.group(2));
            }
            Matcher event = EVENT.matcher(text);
            while (event.find()) {
                String action = event.group(2) != null ? event.group(2) : constants.get(event.group(3));
                String objectType = event.group(5) != null ? event.group(5) : constants.get(event.group(6));
                if (action == null || objectType == null) {
                    unread.add(source.getFileName() + ": " + event.group());
                } else {
                    actions.add(action);
                    objectTypes.add(objectType);
                }
            }
        }
        assertEquals(List.of(), unread, "audit events whose code this test cannot read: name it with a constant here");
        // the scan itself must work: the code records some fifty kinds of event
        assertTrue(actions.size() >= 50, "actions found: " + actions);

        List<String> unnamed = new ArrayList<>();
        for (String action : actions) {
            missing(AuditNames.ACTION + action, unnamed);
        }
        for (String objectType : objectTypes) {
            missing(AuditNames.OBJECT_TYPE + objectType, unnamed);
        }
        assertEquals(List.of(), unnamed, "audit codes the board would read as codes");
    }

    private static void missing(String key, List<String> unnamed) {
        for (ResourceBundle bundle : List.of(DUTCH, ENGLISH)) {
            if (!bundle.containsKey(key)
                    || bundle.getString(key).isBlank()
                    || bundle.getString(key).equals(key)) {
                unnamed.add(key + " (" + (bundle == DUTCH ? "nl" : "en") + ")");
            }
        }
    }

    @Test
    void anActionIsNamedInTheReadersLanguageAndAnUnknownCodeShowsAsItself() {
        assertEquals("Examen ingeleverd", AuditNames.name(DUTCH, AuditNames.ACTION, "attempt.submitted"));
        assertEquals("Exam handed in", AuditNames.name(ENGLISH, AuditNames.ACTION, "attempt.submitted"));
        assertEquals("Zitting", AuditNames.name(DUTCH, AuditNames.OBJECT_TYPE, "exam-session"));
        // a code an older release recorded stays readable as what it was
        assertEquals("session.renamed", AuditNames.name(DUTCH, AuditNames.ACTION, "session.renamed"));
        assertEquals("", AuditNames.name(DUTCH, AuditNames.ACTION, null));
    }

    @Test
    void theFilterOffersTheNamesInTheirOrderAndChoosesTheCode() {
        List<SelectItem> choices = AuditNames.choices(
                DUTCH, AuditNames.ACTION, List.of("session.published", "account.created", "session.renamed"));
        assertEquals(
                List.of("Account aangemaakt", "session.renamed", "Uitslagen gepubliceerd"),
                choices.stream().map(SelectItem::getLabel).toList());
        assertEquals(
                List.of("account.created", "session.renamed", "session.published"),
                choices.stream().map(SelectItem::getValue).toList());
    }
}
