package nianbao.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected output kept in text files beside the test inputs. Run the tests with
 * {@code -Dnianbao.updateGolden=true} to rewrite the files from the actual output instead of
 * comparing; then read the diff before committing it.
 */
public final class Golden {

    /** The test resources of the module, as files (surefire runs in the module's directory). */
    public static final Path RESOURCES = Path.of("src", "test", "resources");

    private static final boolean UPDATE = Boolean.getBoolean("nianbao.updateGolden");

    private Golden() {
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares actual output with an expected file, or rewrites the file when updating. */
    public static void assertMatches(Path expected, String actual) {
        if (UPDATE) {
            try {
                Files.createDirectories(expected.toAbsolutePath().getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertTrue(Files.exists(expected), expected + " is missing; run the tests with -Dnianbao.updateGolden=true");
        assertEquals(read(expected), actual, "output differs from " + expected
                + " (rerun with -Dnianbao.updateGolden=true to accept it, then review the diff)");
    }
}
