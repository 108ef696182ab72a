package nl.examenkamer.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.examenkamer.content.importing.ContentFile;
import nl.examenkamer.content.importing.ContentSource;
import nl.examenkamer.testing.SourceTree;

/**
 * The real exam-content as an editable set of files, packed as a zip archive the way the board
 * uploads one. Tests change one thing and check what the import says about it.
 */
public final class ContentFixture {

    private final Map<String, String> files = new TreeMap<>();

    private ContentFixture() {}

    public static ContentFixture real() {
        ContentFixture fixture = new ContentFixture();
        for (ContentFile file : ContentSource.directory(SourceTree.root().resolve("exam-content"))
                .files()) {
            fixture.files.put(file.path(), file.text());
        }
        return fixture;
    }

    public String text(String path) {
        String text = files.get(path);
        if (text == null) {
            throw new IllegalArgumentException("no such content file: " + path);
        }
        return text;
    }

    /** Replaces the first occurrence of {@code from} in a file; fails if it is not there. */
    public ContentFixture replace(String path, String from, String to) {
        String text = text(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " does not contain: " + from);
        }
        files.put(
                path,
                text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return this;
    }

    public ContentFixture put(String path, String text) {
        files.put(path, text);
        return this;
    }

    public ContentFixture remove(String path) {
        files.remove(path);
        return this;
    }

    /** The 1-based line on which {@code fragment} first appears in a file. */
    public int lineOf(String path, String fragment) {
        String text = text(path);
        int index = text.indexOf(fragment);
        if (index < 0) {
            throw new IllegalArgumentException(path + " does not contain: " + fragment);
        }
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public ContentSource source() {
        return ContentSource.zip("test fixture", zip());
    }
}
