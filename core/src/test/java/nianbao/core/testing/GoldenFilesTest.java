package nianbao.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No expected file outlives its input: an orphaned {@code .expected} would keep asserting nothing
 * while looking like coverage, and a golden file no test names is never compared.
 */
class GoldenFilesTest {

    @Test
    void everyExpectedFileHasItsInputBesideIt() {
        List<String> orphans = files(Golden.RESOURCES).stream()
                .filter(p -> p.getFileName().toString().endsWith(".expected"))
                .filter(p -> !Files.exists(sibling(p, ".nianbao")) && !Files.exists(sibling(p, ".nbt")))
                .map(p -> Golden.RESOURCES.relativize(p).toString())
                .toList();
        assertEquals(List.of(), orphans, "expected files without a .nianbao or .nbt input beside them");
    }

    @Test
    void everyGoldenFileIsNamedByATest() {
        String tests = files(Path.of("src", "test", "java")).stream()
                .filter(p -> p.toString().endsWith(".java"))
                .map(Golden::read)
                .reduce("", String::concat);
        List<String> unnamed = files(Golden.RESOURCES.resolve("golden")).stream()
                .map(p -> p.getFileName().toString())
                .filter(name -> !tests.contains("golden/" + name))
                .toList();
        assertEquals(List.of(), unnamed, "files under golden/ that no test names (as golden/NAME)");
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
