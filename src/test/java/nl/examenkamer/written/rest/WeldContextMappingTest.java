package nl.examenkamer.written.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * web.xml turns CDI's request, session and conversation contexts off for the answer save. A page,
 * a Faces request or any other API call without them would fail on its first request-scoped bean,
 * so the pattern must leave out the save's path and nothing else. Weld applies it the way
 * {@code RegexHttpContextActivationFilter} does: the whole path after the context root must match.
 */
class WeldContextMappingTest {

    private static final List<String> SAVES = List.of(
            "/api/v1/attempts/1/answers/1",
            "/api/v1/attempts/123456789012345678/answers/40",
            "/api/v1/attempts/7/answers/123456789");

    private static final List<String> EVERYTHING_ELSE = List.of(
            "/",
            "/index.xhtml",
            "/login.xhtml",
            "/candidate/exam.xhtml",
            "/board/session.xhtml",
            "/jakarta.faces.resource/exam.js.xhtml",
            "/api/v1/attempts/1",
            "/api/v1/attempts/1/clock",
            "/api/v1/attempts/1/submission",
            "/api/v1/attempts/1/answers",
            "/api/v1/attempts/1/answers/",
            "/api/v1/attempts/1/answers/2/extra",
            "/api/v1/attempts/x/answers/2",
            "/api/v1/attempts/1/answers/2;jsessionid=abc",
            "/api/v1/exam-sessions/WE-1/attempt",
            "/health",
            "/openapi");

    private final Pattern activated = Pattern.compile(contextMapping());

    @Test
    void contextsAreOffForTheAnswerSaveOnly() {
        for (String save : SAVES) {
            assertEquals(false, activated.matcher(save).matches(), save + " should run without CDI's request contexts");
        }
        for (String path : EVERYTHING_ELSE) {
            assertEquals(true, activated.matcher(path).matches(), path + " needs CDI's request contexts");
        }
    }

    @Test
    void theMappingAndTheFilterAgreeOnWhatASaveIs() {
        for (String path : concat(SAVES, EVERYTHING_ELSE)) {
            assertEquals(
                    AnswerSaveFilter.SAVE_PATH.matcher(path).matches(),
                    !activated.matcher(path).matches(),
                    path + ": the filter and web.xml disagree on whether this is a save");
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static String contextMapping() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList params = factory.newDocumentBuilder()
                    .parse(SourceTree.webapp().resolve("WEB-INF/web.xml").toFile())
                    .getElementsByTagNameNS("*", "context-param");
            for (int i = 0; i < params.getLength(); i++) {
                Element param = (Element) params.item(i);
                String name = param.getElementsByTagNameNS("*", "param-name")
                        .item(0)
                        .getTextContent()
                        .trim();
                if (name.equals("org.jboss.weld.context.mapping")) {
                    return param.getElementsByTagNameNS("*", "param-value")
                            .item(0)
                            .getTextContent()
                            .trim();
                }
            }
            throw new AssertionError("web.xml has no org.jboss.weld.context.mapping");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
