package nl.examenkamer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.examenkamer.testing.SourceTree;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the security constraints of {@code web.xml} the way the servlet container applies them
 * (exact path, then longest prefix, then extension) and checks every page against the rule: a
 * page is public only when it is on the short public list, every area belongs to exactly its role,
 * and nothing is reachable without logging in by accident.
 */
class WebSecurityConstraintsTest {

    private static final Set<String> PUBLIC_PAGES = Set.of("/login.xhtml", "/error.xhtml");
    private static final Set<String> ALL_ROLES = Set.of("CANDIDATE", "EXAMINER", "PROVIDER", "BOARD");
    private static final Map<String, Set<String>> AREAS = Map.of(
            "/candidate/", Set.of("CANDIDATE"),
            "/examiner/", Set.of("EXAMINER"),
            "/provider/", Set.of("PROVIDER"),
            "/board/", Set.of("BOARD"),
            "/account/", ALL_ROLES);

    /** null: no auth-constraint (public). An empty set would mean: nobody. */
    private final Map<String, Set<String>> constraints = readConstraints();

    @Test
    void everyPageHasExactlyTheRolesOfItsArea() {
        List<String> problems = new ArrayList<>();
        for (Path file : SourceTree.files(SourceTree.webapp(), ".xhtml")) {
            String page = "/" + SourceTree.webapp().relativize(file).toString().replace('\\', '/');
            if (page.startsWith("/WEB-INF/")) {
                continue;
            }
            Set<String> roles = rolesFor(page);
            Set<String> expected = expectedRoles(page);
            if (expected == null && !PUBLIC_PAGES.contains(page)) {
                problems.add(page + " lies outside every role area and is not on the public list");
            } else if (expected != null && !expected.equals(roles)) {
                problems.add(page + " is open to " + (roles == null ? "everyone" : new TreeSet<>(roles)) + ", expected "
                        + new TreeSet<>(expected));
            } else if (expected == null && roles != null) {
                problems.add(page + " should be public");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everythingNotListedNeedsALogIn() {
        assertEquals(ALL_ROLES, rolesFor("/some/new/page.xhtml"));
        assertEquals(ALL_ROLES, rolesFor("/"));
        assertEquals(ALL_ROLES, rolesFor("/api/v1/accounts"), "the API needs a log-in; resources narrow it by role");
    }

    @Test
    void onlyThePublicApiAndPlatformEndpointsAreOpen() {
        assertEquals(null, rolesFor("/api/v1/public/register/123"));
        assertEquals(null, rolesFor("/health"));
        assertEquals(null, rolesFor("/openapi"));
        assertEquals(null, rolesFor("/jakarta.faces.resource/core.js.xhtml"));
    }

    private static Set<String> expectedRoles(String page) {
        if (page.equals("/index.xhtml")) {
            return ALL_ROLES;
        }
        return AREAS.entrySet().stream()
                .filter(area -> page.startsWith(area.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The roles the container demands for a path: exact match, then longest prefix, then extension. */
    private Set<String> rolesFor(String path) {
        if (constraints.containsKey(path)) {
            return constraints.get(path);
        }
        String bestPrefix = null;
        for (String pattern : constraints.keySet()) {
            if (pattern.endsWith("/*")) {
                String prefix = pattern.substring(0, pattern.length() - 2);
                boolean matches = path.equals(prefix) || path.startsWith(prefix + "/") || prefix.isEmpty();
                if (matches && (bestPrefix == null || pattern.length() > bestPrefix.length())) {
                    bestPrefix = pattern;
                }
            }
        }
        if (bestPrefix != null) {
            return constraints.get(bestPrefix);
        }
        throw new AssertionError("no constraint covers " + path);
    }

    private static Map<String, Set<String>> readConstraints() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document webXml = factory.newDocumentBuilder()
                    .parse(SourceTree.webapp().resolve("WEB-INF/web.xml").toFile());
            Map<String, Set<String>> result = new LinkedHashMap<>();
            NodeList list = webXml.getElementsByTagNameNS("*", "security-constraint");
            for (int i = 0; i < list.getLength(); i++) {
                Element constraint = (Element) list.item(i);
                NodeList auth = constraint.getElementsByTagNameNS("*", "auth-constraint");
                Set<String> roles = null;
                if (auth.getLength() > 0) {
                    roles = new TreeSet<>();
                    NodeList names = ((Element) auth.item(0)).getElementsByTagNameNS("*", "role-name");
                    for (int r = 0; r < names.getLength(); r++) {
                        roles.add(names.item(r).getTextContent().trim());
                    }
                }
                NodeList patterns = constraint.getElementsByTagNameNS("*", "url-pattern");
                for (int p = 0; p < patterns.getLength(); p++) {
                    String pattern = patterns.item(p).getTextContent().trim();
                    if (result.containsKey(pattern)) {
                        throw new AssertionError("url-pattern " + pattern + " appears in two constraints");
                    }
                    result.put(pattern, roles);
                }
            }
            return result;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
