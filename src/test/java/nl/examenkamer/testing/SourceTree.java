package nl.examenkamer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's own files, for tests that check the code base as a whole. */
public final class SourceTree {

    private SourceTree() {}

    public static Path root() {
        String configured = System.getProperty("examenkamer.repository.root");
        return Path.of(configured != null ? configured : ".").toAbsolutePath().normalize();
    }

    public static Path webapp() {
        return root().resolve("src/main/webapp");
    }

    public static Path mainJava() {
        return root().resolve("src/main/java");
    }

    public static Path classes() {
        return root().resolve("target/classes");
    }

    public static List<Path> files(Path directory, String suffix) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads every compiled application class whose name matches the filter. */
    public static List<Class<?>> classes(java.util.function.Predicate<String> nameFilter) {
        Path classes = classes();
        return files(classes, ".class").stream()
                .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                .filter(name -> !name.contains("$"))
                .filter(nameFilter)
                .map(SourceTree::load)
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SourceTree.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
