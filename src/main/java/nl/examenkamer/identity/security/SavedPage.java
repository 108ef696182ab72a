package nl.examenkamer.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

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

    /** True for a path the log-in page may send the user on to. */
    public boolean isSafe() {
        return pathAndQuery.startsWith("/")
                && !pathAndQuery.startsWith("//")
                && !pathAndQuery.contains("\\")
                && !pathAndQuery.startsWith("/api/")
                && !pathAndQuery.startsWith("/jakarta.faces.resource/");
    }
}
