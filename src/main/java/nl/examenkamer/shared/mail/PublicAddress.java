package nl.examenkamer.shared.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address people reach the application at, as the operator gives it in
 * {@code EXAMENKAMER_PUBLIC_URL}: mails link to pages under it. The server cannot know it itself
 * behind a proxy, so without it mails carry no link.
 */
public record PublicAddress(String base) {

    /** The configured address, none when unset or blank; anything but an absolute http(s) address is refused. */
    public static Optional<PublicAddress> parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        String trimmed = configured.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw refused(trimmed, "it is not an address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused(trimmed, "it does not start with https:// or http://");
        }
        if (uri.getHost() == null) {
            throw refused(trimmed, "it names no host");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw refused(trimmed, "it carries a query or fragment; give only the address the application is at");
        }
        return Optional.of(new PublicAddress(trimmed.replaceFirst("/+$", "")));
    }

    /** The full address of a page of the application, e.g. {@code /examiner/index.xhtml#availability}. */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    private static IllegalArgumentException refused(String configured, String why) {
        return new IllegalArgumentException("EXAMENKAMER_PUBLIC_URL '" + configured + "' is refused: " + why
                + ". Give the address people open the application at, e.g. https://examens.rnvc.nl");
    }
}
