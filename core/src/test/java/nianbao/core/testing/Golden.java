package nianbao.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected output kept in text files beside the test inputs: the one update mechanism of every
 * golden file (check fixtures, the bad-input corpus, the example's JSON and HTML). Run the tests
 * with {@code -Dnianbao.updateGolden=true} to rewrite the files from the actual output instead of
 * comparing; then read the diff before committing it.
 *
 * <p>Guards: update mode refuses to run where the environment variable {@code CI} is set (so a
 * pipeline can never bless its own output); callers make their own assertions (a fixture fires, a
 * quiet fixture gives nothing at all) before calling {@link #assertMatches}, so update mode never
 * writes a file for output that fails them; {@code GoldenFilesTest} fails on an expected file
 * whose input is gone.
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

    /**
     * Compares actual output with an expected file, or rewrites the file when updating (only when
     * it differs, so that the diff shows exactly what changed). Call it after the test's own
     * assertions on the output.
     */
    public static void assertMatches(Path expected, String actual) {
        if (UPDATE) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("-Dnianbao.updateGolden=true refuses to run in CI (CI is set): "
                        + "expected files are rewritten on a developer's machine and the diff reviewed");
            }
            if (!Files.exists(expected) || !normalized(read(expected)).equals(actual)) {
                try {
                    Files.createDirectories(expected.toAbsolutePath().getParent());
                    Files.writeString(expected, actual, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return;
        }
        assertTrue(Files.exists(expected), expected + " is missing; run the tests with -Dnianbao.updateGolden=true");
        assertEquals(normalized(read(expected)), actual, "output differs from " + expected
                + " (rerun with -Dnianbao.updateGolden=true to accept it, then review the diff)");
    }

    /** A checkout on Windows may have turned the file's line breaks into CRLF. */
    private static String normalized(String expected) {
        return expected.replace("\r\n", "\n");
    }
}
