package nl.examenkamer.content.importing;

import java.nio.charset.StandardCharsets;

/** One file of exam-content: its path relative to the content root ({@code items/ontslag/OS-01.yaml}) and its bytes. */
public record ContentFile(String path, byte[] bytes) {

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The file name without folder and extension: {@code OS-01}. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The first folder: the kind of content. */
    public String folder() {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
