package nl.examenkamer.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The page an anonymous visitor asked for, to return to after logging in. Only a path inside this
 * application is kept, so the log-in page cannot be used to redirect anyone elsewhere.
 */
public record SavedPage(String pathAndQuery) implements Serializable {

    static SavedPage of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return new SavedPage(query == null ? path : path + "?" + query);
    }

    /**
     * The page an update was sent from (its Referer), for a page that was open when its session
     * ended: the update's own address lacks the page's parameters ({@code ?code=AA-01}).
     */
    static Optional<SavedPage> sentFrom(String referer, String contextPath) {
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI page = new URI(referer);
            String path = page.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/")) {
                return Optional.empty();
            }
            String inApplication = path.substring(contextPath.length());
            return Optional.of(new SavedPage(
                    page.getRawQuery() == null ? inApplication : inApplication + "?" + page.getRawQuery()));
        } catch (URISyntaxException unreadable) {
            return Optional.empty();
        }
    }

    /** True for a path the log-in page may send the user on to. */
    public boolean isSafe() {
        return pathAndQuery.startsWith("/")
                && !pathAndQuery.startsWith("//")
                && !pathAndQuery.contains("\\")
                && !pathAndQuery.startsWith("/api/")
                && !pathAndQuery.startsWith("/jakarta.faces.resource/");
    }
}
