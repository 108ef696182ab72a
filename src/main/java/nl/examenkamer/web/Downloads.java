package nl.examenkamer.web;

import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A file a page hands over with {@code p:fileDownload}, from bytes made in the request. */
public final class Downloads {

    public static final String CSV = "text/csv; charset=UTF-8";

    private Downloads() {}

    public static StreamedContent of(String name, String contentType, byte[] body) {
        return DefaultStreamedContent.builder().name(name).contentType(contentType).stream(
                        () -> new ByteArrayInputStream(body))
                .build();
    }

    public static StreamedContent csv(String name, byte[] body) {
        return of(name, CSV, body);
    }
}
