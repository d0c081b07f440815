package nianbao.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's example files, read from core's tests (which run in core/). */
public final class ExampleFiles {

    private ExampleFiles() {
    }

    public static Path dir() {
        Path p = Path.of("..", "examples").toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            p = Path.of("examples").toAbsolutePath().normalize();
        }
        return p;
    }

    public static Path path(String name) {
        return dir().resolve(name);
    }

    public static String read(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
