package nl.examenkamer.content.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.examenkamer.content.ContentOrigin;

/**
 * Where an import reads exam-content from: a checked-out folder, or a zip archive (the copy packed
 * into the WAR, or one the board uploads). Only {@code .yaml} files count; everything else (the
 * READMEs) is documentation.
 */
public final class ContentSource {

    private final String origin;
    private final List<ContentFile> files;

    private ContentSource(String origin, List<ContentFile> files) {
        this.origin = origin;
        this.files =
                files.stream().sorted(Comparator.comparing(ContentFile::path)).toList();
    }

    public static ContentSource directory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Not a content folder: " + root);
        }
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .toList()) {
                files.add(
                        new ContentFile(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContentSource(ContentOrigin.folder(root.toString()), files);
    }

    public static ContentSource zip(String origin, byte[] archive) {
        return zip(origin, new ByteArrayInputStream(archive));
    }

    public static ContentSource zip(String origin, InputStream archive) {
        List<ContentFile> files = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(archive)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().replace('\\', '/');
                if (!entry.isDirectory() && name.endsWith(".yaml") && !name.contains("..")) {
                    files.add(new ContentFile(stripRootFolder(name), zip.readAllBytes()));
                }
            }
        } catch (IOException e) {
            // the zip library's reason only: callers say in the reader's language that it is not a zip
            throw new IllegalArgumentException(String.valueOf(e.getMessage()), e);
        }
        return new ContentSource(origin, files);
    }

    /** An archive made by zipping the exam-content folder itself starts with "exam-content/". */
    private static String stripRootFolder(String name) {
        return name.startsWith("exam-content/") ? name.substring("exam-content/".length()) : name;
    }

    public String origin() {
        return origin;
    }

    public List<ContentFile> files() {
        return files;
    }

    /** A fingerprint of everything in the source, to recognise an identical import. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (ContentFile file : files) {
                sha.update(file.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.bytes());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
