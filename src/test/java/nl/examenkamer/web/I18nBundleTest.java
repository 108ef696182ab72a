package nl.examenkamer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.examenkamer.identity.Role;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * All user-facing text lives in the message bundles, Dutch (base) and English, with the same keys;
 * pages contain no literal text; every key a page or the code asks for exists.
 */
class I18nBundleTest {

    private static final String BASE = "/nl/examenkamer/web/messages.properties";
    private static final String ENGLISH = "/nl/examenkamer/web/messages_en.properties";
    private static final String DUTCH = "/nl/examenkamer/web/messages_nl.properties";

    /** Attributes whose value a person reads. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of(
            "title",
            "label",
            "header",
            "headerText",
            "footerText",
            "placeholder",
            "itemLabel",
            "emptyMessage",
            "requiredMessage",
            "converterMessage",
            "validatorMessage",
            "alt",
            "summary",
            "message");
    /** Components whose {@code value} attribute is shown as text. */
    private static final Set<String> VALUE_IS_TEXT = Set.of(
            "outputText",
            "commandButton",
            "commandLink",
            "link",
            "menuitem",
            "outputLabel",
            "tag",
            "outputFormat",
            "button");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = load(BASE).stringPropertyNames();
        Set<String> english = load(ENGLISH).stringPropertyNames();
        Set<String> onlyDutch = new TreeSet<>(dutch);
        onlyDutch.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(dutch);
        assertTrue(onlyDutch.isEmpty(), "missing in English: " + onlyDutch);
        assertTrue(onlyEnglish.isEmpty(), "missing in Dutch: " + onlyEnglish);
    }

    /**
     * Candidates, examiners, providers and the board are all addressed with "u": a page that
     * switches to "je" halfway through an exam reads as careless, and the board must be able to
     * put every text in front of a complainant.
     */
    @Test
    void dutchTextsAddressTheReaderAsUNeverAsJe() throws IOException {
        Pattern informal = Pattern.compile("(?iu)(?<!\\p{L})(je|jij|jou|jouw|jezelf)(?!\\p{L})");
        Properties dutch = load(BASE);
        List<String> informalTexts = new ArrayList<>();
        for (String key : new TreeSet<>(dutch.stringPropertyNames())) {
            if (informal.matcher(dutch.getProperty(key)).find()) {
                informalTexts.add(key + "=" + dutch.getProperty(key));
            }
        }
        assertEquals(List.of(), informalTexts, "texts that say je instead of u");
    }

    @Test
    void theDutchFileOnlyStopsTheFallbackToTheServerLanguage() throws IOException {
        assertEquals(Set.of(), load(DUTCH).stringPropertyNames(), "Dutch texts belong in the base bundle");
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> keys = load(BASE).stringPropertyNames();
        Pattern reference = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
        List<String> missing = new ArrayList<>();
        for (Path page : SourceTree.files(SourceTree.webapp(), ".xhtml")) {
            Matcher matcher = reference.matcher(SourceTree.read(page));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(SourceTree.webapp().relativize(page) + ": " + matcher.group(1));
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used by pages but not in the bundle: " + missing);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = load(BASE).stringPropertyNames();
        List<Pattern> patterns = List.of(
                Pattern.compile("RuleViolation\\.(?:invalid|conflict|notFound|forbidden)\\(\\s*\"([^\"]+)\""),
                Pattern.compile("messages\\.(?:info|error)\\((?:[^,\"]+,\\s*)?\"([^\"]+)\""),
                Pattern.compile("messages\\.errorFor\\([^,]+,\\s*\"([^\"]+)\""),
                Pattern.compile("Messages\\.text\\([^,]+,\\s*\"([^\"]+)\""),
                Pattern.compile("message\\s*=\\s*\"\\{([a-z][A-Za-z0-9_.]+)\\}\""),
                Pattern.compile("new Violation\\(\"([^\"]+)\""),
                Pattern.compile("Reason\\.of\\(\"([^\"]+)\""),
                Pattern.compile("Unmet\\(\"([^\"]+)\""));
        List<String> missing = new ArrayList<>();
        for (Path source : SourceTree.files(SourceTree.mainJava(), ".java")) {
            String text = SourceTree.read(source);
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    String key = matcher.group(1);
                    if (!key.endsWith(".") && !keys.contains(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used by the code but not in the bundle: " + missing);
    }

    @Test
    void keysBuiltAtRunTimeExist() throws IOException {
        Set<String> keys = load(BASE).stringPropertyNames();
        for (Role role : Role.values()) {
            assertTrue(keys.contains("role." + role), "role." + role);
        }
        for (nl.examenkamer.content.ItemStatus status : nl.examenkamer.content.ItemStatus.values()) {
            assertTrue(keys.contains("itemStatus." + status), "itemStatus." + status);
        }
        for (nl.examenkamer.content.ItemType type : nl.examenkamer.content.ItemType.values()) {
            assertTrue(keys.contains("itemType." + type), "itemType." + type);
        }
        for (String level : new String[] {"BASIS", "CROV", "RCCM", "RCMT"}) {
            assertTrue(keys.contains("curriculum.level." + level), "curriculum.level." + level);
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 500}) {
            assertTrue(keys.contains("problem.status." + status), "problem.status." + status);
            assertTrue(keys.contains("error.page." + status), "error.page." + status);
        }
    }

    @Test
    void pagesHaveNoLiteralText() throws Exception {
        List<String> literals = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path page : SourceTree.files(SourceTree.webapp(), ".xhtml")) {
            String xml = SourceTree.read(page).replaceFirst("<!DOCTYPE html>", "");
            Document document = factory.newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            collectLiterals(
                    document.getDocumentElement(),
                    SourceTree.webapp().relativize(page).toString(),
                    literals);
        }
        assertTrue(literals.isEmpty(), "literal text in pages (use the message bundle): " + literals);
    }

    private static void collectLiterals(Node node, String page, List<String> literals) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            if (isLiteral(node.getTextContent())
                    && !"script".equals(node.getParentNode().getLocalName())
                    && !"style".equals(node.getParentNode().getLocalName())) {
                literals.add(page + ": \"" + node.getTextContent().trim() + "\"");
            }
            return;
        }
        if (node instanceof Element element) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
                boolean shown = TEXT_ATTRIBUTES.contains(name)
                        || ("value".equals(name) && VALUE_IS_TEXT.contains(element.getLocalName()));
                if (shown && isLiteral(attribute.getNodeValue())) {
                    literals.add(page + ": " + element.getLocalName() + "@" + name + "=\"" + attribute.getNodeValue()
                            + "\"");
                }
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collectLiterals(child, page, literals);
        }
    }

    /** Text with letters left after removing EL expressions. */
    private static boolean isLiteral(String text) {
        String withoutExpressions = text.replaceAll("#\\{[^}]*\\}", "").replaceAll("\\$\\{[^}]*\\}", "");
        return withoutExpressions.codePoints().anyMatch(Character::isLetter);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundleTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " exists");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
